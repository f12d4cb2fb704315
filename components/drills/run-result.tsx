import { formatOffset } from "@/lib/drill-model/clock";
import type { StepRunView } from "@/lib/drills/injections/runs/view";
import { Badge } from "../ui/badge";

export function Spinner() {
  return <span aria-hidden className="inline-block size-3 motion-safe:animate-spin rounded-full border-2 border-current border-t-transparent" />;
}

/** "ok · HTTP 200 · 42 ms · 2 attempts", the facts of one run; the error and the start of the response when it failed. */
export function RunResult({ label, run, showOffset = false }: { label: string; run: StepRunView; showOffset?: boolean }) {
  if (run.status === "running")
    return (
      <p className="flex items-center gap-1.5 text-xs text-amber-300" role="status">
        <Spinner /> {label}: running (started by {run.startedBy})…
      </p>
    );
  const result = run.result;
  const facts = [
    result?.status !== undefined && `HTTP ${result.status}`,
    result?.latencyMs !== undefined && `${result.latencyMs} ms`,
    result?.attempts !== undefined && `${result.attempts} ${result.attempts === 1 ? "attempt" : "attempts"}`,
  ].filter(Boolean);
  return (
    <div className="text-xs" data-testid={`run-${label.toLowerCase().replace(/\s+/g, "-")}`}>
      <div className="flex flex-wrap items-center gap-1.5">
        <span className="font-semibold text-zinc-500 uppercase">{label}</span>
        <Badge tone={run.status === "ok" ? "success" : "danger"}>{run.method === "manual" ? "done by hand" : run.status === "ok" ? "ok" : "failed"}</Badge>
        {facts.length > 0 && <span className="font-mono text-zinc-400">{facts.join(" · ")}</span>}
        {showOffset && run.offsetMs !== null && <span className="font-mono text-zinc-500">{formatOffset(run.offsetMs)}</span>}
        {run.override && <Badge tone="warning">override</Badge>}
        {run.duringAbort && <Badge tone="violet">abort</Badge>}
      </div>
      {result?.error && <p className="mt-0.5 text-rose-300">{result.error}</p>}
      {result?.outcome === "failed" && result.responseExcerpt && (
        <pre className="mt-1 max-h-16 overflow-auto rounded bg-zinc-950 px-1.5 py-1 font-mono text-[11px] whitespace-pre-wrap text-zinc-400">{result.responseExcerpt}</pre>
      )}
    </div>
  );
}
