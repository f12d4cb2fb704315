import type { StepAction } from "@/lib/scenarios/schemas";
import { RichText } from "./rich-text";

/** One side of an injection step as facilitators read it: the runbook text, or the exact HTTP call. */
export function StepActionView({ action, label }: { action: StepAction; label: "Inject" | "Roll back" }) {
  const tone = label === "Inject" ? "text-rose-300/90" : "text-emerald-300/90";
  return (
    <div className="flex min-w-0 flex-col gap-1.5">
      <div className="flex items-center gap-2">
        <h4 className={`text-[11px] font-semibold tracking-wide uppercase ${tone}`}>{label}</h4>
        <span className="rounded bg-zinc-800 px-1.5 py-px text-[10px] font-medium text-zinc-400 uppercase">{action.kind}</span>
      </div>
      {action.kind === "manual" ? (
        <RichText text={action.instructions} size="compact" />
      ) : (
        <WebhookView action={action} />
      )}
    </div>
  );
}

function WebhookView({ action }: { action: Extract<StepAction, { kind: "webhook" }> }) {
  const headers = Object.entries(action.headers);
  return (
    <div className="flex min-w-0 flex-col gap-1.5 text-[12px]">
      <p className="flex min-w-0 items-baseline gap-2 font-mono">
        <span className="rounded bg-sky-950 px-1 font-semibold text-sky-300 ring-1 ring-sky-800 ring-inset">{action.method}</span>
        <span className="min-w-0 [overflow-wrap:anywhere] text-zinc-200">{action.url}</span>
      </p>
      <p className="text-[11px] text-zinc-500">
        Times out after {action.timeoutSeconds} s{headers.length ? ` · ${headers.length} header${headers.length === 1 ? "" : "s"}` : ""}
      </p>
      {headers.length > 0 && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-2 font-mono text-[11.5px]">
          {headers.map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="text-zinc-500">{name}:</dt>
              <dd className="[overflow-wrap:anywhere] text-zinc-300">{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {action.body.trim() ? (
        <pre className="max-h-64 overflow-auto rounded-md border border-zinc-800 bg-zinc-950 p-2 font-mono text-[11.5px] leading-relaxed whitespace-pre-wrap [overflow-wrap:anywhere] text-zinc-300">
          <code>{prettyBody(action.body)}</code>
        </pre>
      ) : (
        <p className="text-[11px] text-zinc-600 italic">No body</p>
      )}
    </div>
  );
}

/** Indents a one-line JSON body for reading (the wire body is unchanged); `{{variables}}` are set aside while parsing and put back as written. */
function prettyBody(body: string): string {
  if (body.includes("\n")) return body; // laid out by its author already
  const placeholders: string[] = [];
  const masked = body.replace(/\{\{[^}]*\}\}/g, (match) => `@@tpl${placeholders.push(match) - 1}@@`);
  try {
    return JSON.stringify(JSON.parse(masked), null, 2).replace(/@@tpl(\d+)@@/g, (_, index: string) => placeholders[Number(index)] ?? "");
  } catch {
    return body;
  }
}
