import { Badge } from "@/components/ui/badge";
import type { RevisionChange } from "@/lib/scenarios/diff-revisions";
import { wordDiff, type WordPart } from "@/lib/scenarios/word-diff";

const SECTION_LABELS: Record<string, string> = {
  schemaVersion: "Format version",
  title: "Title",
  summary: "Summary",
  tags: "Tags",
  difficulty: "Difficulty",
  components: "Target components",
  environment: "Environment",
  timeBoxMinutes: "Time box",
  designers: "Designers",
  briefing: "Participants' briefing",
  rootCause: "Root cause",
  expectedImpact: "Expected impact",
  injections: "Injection steps",
  expectedSignals: "Expected signals",
  alerts: "Scripted alerts",
  hints: "Hints",
  modelAnswer: "Model answer",
  successCriteria: "Success criteria",
};

const kindTone = { added: "success", removed: "danger", changed: "info", moved: "violet" } as const;

/** Changes grouped by the part of the scenario they are in, each with its before and after. */
export function ChangeList({ changes }: { changes: RevisionChange[] }) {
  const sections = new Map<string, RevisionChange[]>();
  for (const change of changes) sections.set(change.section, [...(sections.get(change.section) ?? []), change]);
  return (
    <div className="flex flex-col gap-4">
      {[...sections].map(([section, items]) => (
        <section key={section} aria-labelledby={`changes-${section}`}>
          <h3 id={`changes-${section}`} className="mb-1.5 flex items-center gap-2 text-sm font-semibold text-zinc-200">
            {SECTION_LABELS[section] ?? section}
            <span className="text-[11px] font-normal text-zinc-500">{items.length}</span>
          </h3>
          <ul className="divide-y divide-zinc-800/70 rounded-md border border-zinc-800">
            {items.map((change, index) => (
              <ChangeRow key={`${change.path}-${change.kind}-${index}`} change={change} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function ChangeRow({ change }: { change: RevisionChange }) {
  return (
    <li className="grid gap-x-3 gap-y-1.5 px-3 py-2 md:grid-cols-[5rem_minmax(12rem,20rem)_1fr]">
      <span>
        <Badge tone={kindTone[change.kind]}>{change.kind}</Badge>
      </span>
      <code className="font-mono text-xs [overflow-wrap:anywhere] text-zinc-300">{change.path}</code>
      <div className="grid min-w-0 gap-1.5 sm:grid-cols-2">
        {change.kind === "moved" ? (
          <p className="text-xs text-zinc-400 sm:col-span-2">
            from position {Number(change.before) + 1} to position {Number(change.after) + 1}
          </p>
        ) : (
          <ChangedValues change={change} />
        )}
      </div>
    </li>
  );
}

/** Before and after side by side; a changed value marks the words that differ on each side. */
function ChangedValues({ change }: { change: RevisionChange }) {
  const words = change.kind === "changed" ? wordDiff(format(change.before), format(change.after)) : null;
  return (
    <>
      <Value label="Before" value={change.before} parts={words?.before} present={change.kind !== "added"} tone="before" />
      <Value label="After" value={change.after} parts={words?.after} present={change.kind !== "removed"} tone="after" />
    </>
  );
}

function Value({ label, value, parts, present, tone }: { label: string; value: unknown; parts?: WordPart[]; present: boolean; tone: "before" | "after" }) {
  const styles = tone === "before" ? "border-rose-900/60 bg-rose-950/30 text-rose-100" : "border-emerald-900/60 bg-emerald-950/30 text-emerald-100";
  return (
    <div className="min-w-0">
      <p className="text-[10px] font-semibold tracking-wide text-zinc-500 uppercase">{label}</p>
      {present ? (
        <pre className={`mt-0.5 max-h-48 overflow-auto rounded border px-2 py-1 font-mono text-[11px] leading-relaxed whitespace-pre-wrap [overflow-wrap:anywhere] ${styles}`}>
          {parts ? parts.map((part, index) => <Part key={index} part={part} />) : format(value)}
        </pre>
      ) : (
        <p className="mt-0.5 text-xs text-zinc-600 italic">{tone === "before" ? "not there" : "gone"}</p>
      )}
    </div>
  );
}

const markClass = {
  removed: "rounded-sm bg-rose-500/40 text-white line-through decoration-rose-200/70",
  added: "rounded-sm bg-emerald-500/40 text-white underline decoration-emerald-200/70 underline-offset-2",
} as const;

/** A changed run of words; changed whitespace gets a visible mark, or a removed line break would be invisible. */
function Part({ part }: { part: WordPart }) {
  if (part.change === "same") return part.text;
  const Tag = part.change === "removed" ? "del" : "ins";
  const blank = part.text.trim() === "";
  return (
    <Tag className={markClass[part.change]}>
      <span className="sr-only">{part.change === "removed" ? "deleted: " : "inserted: "}</span>
      {blank ? (
        <>
          <span aria-hidden className="opacity-70">
            {part.text.replace(/\n/g, "↵\n").replace(/[^\S\n]/g, "·")}
          </span>
          <span className="sr-only">{part.text.includes("\n") ? "line break" : "space"}</span>
        </>
      ) : (
        part.text
      )}
    </Tag>
  );
}

function format(value: unknown): string {
  if (typeof value === "string") return value === "" ? "(empty)" : value;
  return JSON.stringify(value, null, 2);
}
