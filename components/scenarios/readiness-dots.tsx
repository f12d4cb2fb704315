import type { ReadinessSummary } from "@/lib/scenarios/view";
import { relativeTime } from "./format";

const ITEMS = [
  ["injection", "Injection"],
  ["signals", "Signals"],
  ["modelAnswer", "Model answer"],
] as const;

export const isReady = (readiness: ReadinessSummary) => readiness.injection && readiness.signals && readiness.modelAnswer;

/** The pre-drill checklist at a glance: one dot per verified item, and how the last dry run went. */
export function ReadinessDots({ readiness }: { readiness: ReadinessSummary }) {
  const verified = ITEMS.filter(([key]) => readiness[key]).length;
  const run = readiness.lastDryRun;
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <ul className="flex items-center gap-1" aria-label={`Readiness: ${verified} of 3 verified`}>
          {ITEMS.map(([key, label]) => (
            <li key={key} title={`${label} ${readiness[key] ? "verified" : "not verified"}`} className="flex items-center">
              <span aria-hidden className={`block h-2 w-2 rounded-full ${readiness[key] ? "bg-emerald-400" : "border border-zinc-600"}`} />
              <span className="sr-only">
                {label} {readiness[key] ? "verified" : "not verified"}
              </span>
            </li>
          ))}
        </ul>
        <span className={`text-[11px] ${verified === 3 ? "font-medium text-emerald-300" : "text-zinc-500"}`}>{verified === 3 ? "Ready" : `${verified}/3`}</span>
      </div>
      <p className="text-[11px] whitespace-nowrap">
        {run ? (
          <span className={run.ok ? "text-zinc-400" : "text-rose-400"} title={run.at}>
            {run.ok ? "✓" : "✗"} dry run {run.ok ? "passed" : "failed"} {relativeTime(run.at)}
          </span>
        ) : (
          <span className="text-zinc-600">No dry run</span>
        )}
      </p>
    </div>
  );
}
