import { Badge } from "@/components/ui/badge";
import type { DryRunStepResult, DryRunView } from "@/lib/injections/readiness/views";

const th = "px-2 py-1.5 text-left text-[11px] font-semibold tracking-wide text-zinc-500 uppercase";
const outcomeTone = { ok: "success", failed: "danger", skipped: "neutral" } as const;

/** Each call of a dry run, in the order it was made: what answered, how fast, and what it said. */
export function DryRunResults({ dryRun }: { dryRun: DryRunView }) {
  if (dryRun.results.length === 0) return <p className="text-xs text-zinc-500">{dryRun.status === "running" ? "Running: no step has finished yet." : "No steps were run."}</p>;
  return (
    <div className="overflow-x-auto rounded-md border border-zinc-800">
      <table className="w-full min-w-[640px] border-collapse text-xs">
        <caption className="sr-only">Dry run results, in the order the steps ran</caption>
        <thead className="border-b border-zinc-800 bg-zinc-900">
          <tr>
            <th scope="col" className={th}>
              Step
            </th>
            <th scope="col" className={th}>
              Phase
            </th>
            <th scope="col" className={th}>
              Outcome
            </th>
            <th scope="col" className={`${th} text-right`}>
              HTTP
            </th>
            <th scope="col" className={`${th} text-right`}>
              Latency
            </th>
            <th scope="col" className={`${th} w-[40%]`}>
              Response
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-800/70">
          {dryRun.results.map((result, index) => (
            <ResultRow key={`${result.stepId}-${result.phase}-${index}`} result={result} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ResultRow({ result }: { result: DryRunStepResult }) {
  const webhook = result.kind === "webhook" ? result : null;
  return (
    <tr className="align-top">
      <td className="px-2 py-1.5">
        <span className="text-zinc-200">{result.stepName}</span> <span className="font-mono text-[10px] text-zinc-600">{result.stepId}</span>
      </td>
      <td className={`px-2 py-1.5 ${result.phase === "rollback" ? "text-violet-300" : "text-zinc-300"}`}>{result.phase}</td>
      <td className="px-2 py-1.5">
        <Badge tone={outcomeTone[result.outcome]}>{result.outcome}</Badge>
      </td>
      <td className="px-2 py-1.5 text-right font-mono whitespace-nowrap tabular-nums">
        {webhook ? (
          <>
            <span className="text-zinc-500">{webhook.method}</span>{" "}
            <span className={webhook.status === null ? "text-zinc-600" : webhook.outcome === "ok" ? "text-emerald-300" : "text-rose-300"}>{webhook.status ?? "—"}</span>
          </>
        ) : (
          <span className="text-zinc-600">—</span>
        )}
      </td>
      <td className="px-2 py-1.5 text-right whitespace-nowrap text-zinc-300 tabular-nums">{webhook ? `${webhook.latencyMs} ms` : <span className="text-zinc-600">—</span>}</td>
      <td className="max-w-0 px-2 py-1.5">
        {webhook ? (
          <>
            {webhook.error && <p className="text-rose-300">{webhook.error}</p>}
            {webhook.responseExcerpt && (
              <p className="truncate font-mono text-[11px] text-zinc-400" title={webhook.responseExcerpt}>
                {webhook.responseExcerpt}
              </p>
            )}
            {webhook.target && (
              <p className="truncate font-mono text-[10px] text-zinc-600" title={webhook.target}>
                {webhook.target}
              </p>
            )}
          </>
        ) : (
          <p className="text-zinc-500">{result.kind === "manual" ? result.message : ""}</p>
        )}
      </td>
    </tr>
  );
}
