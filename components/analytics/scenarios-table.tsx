import type { Spread } from "@/lib/analytics/stats";
import type { AnalyticsView } from "@/lib/queries/analytics";
import { percent, span } from "../review/report/format";
import { Badge, type BadgeTone } from "../ui/badge";
import { DataTable } from "../ui/table";
import { VERDICT_LABELS } from "./csv-tables";

type Scenario = AnalyticsView["scenarios"][number];

const VERDICT_TONE: Record<string, BadgeTone> = { not_enough_runs: "neutral", as_declared: "success", easier_than_declared: "info", harder_than_declared: "warning", impossible: "danger" };
const cell = "px-3 py-2 align-top";

export function TimeCell({ spread }: { spread: Spread }) {
  if (spread.median === null) return <span className="text-zinc-600">—</span>;
  return (
    <span className="flex flex-col">
      <span className="tabular-nums text-zinc-100">{span(spread.median)}</span>
      <span className="text-[11px] text-zinc-500">n={spread.n}</span>
    </span>
  );
}

export function Rating({ value }: { value: number | null }) {
  return value === null ? <span className="text-zinc-600">—</span> : <span className="tabular-nums">{value.toFixed(1)}</span>;
}

function ScenarioRow({ scenario }: { scenario: Scenario }) {
  const { calibration, survey } = scenario;
  return (
    <tr>
      <td className={`${cell} font-medium text-zinc-100 [overflow-wrap:anywhere]`}>{scenario.title}</td>
      <td className={`${cell} tabular-nums`}>{scenario.runs}</td>
      <td className={cell}>
        <span className="tabular-nums text-zinc-100">{percent(scenario.successRate)}</span>
        <span className="block text-[11px] text-zinc-500">
          {scenario.mitigated} of {scenario.runs}
        </span>
      </td>
      <td className={cell}>
        <TimeCell spread={scenario.times.acknowledge} />
      </td>
      <td className={cell}>
        <TimeCell spread={scenario.times.escalate} />
      </td>
      <td className={cell}>
        <TimeCell spread={scenario.times.mitigate} />
      </td>
      <td className={`${cell} tabular-nums`}>{scenario.hintsPerRun}</td>
      <td className={cell}>
        {survey.drills === 0 ? (
          <span className="text-zinc-600">—</span>
        ) : (
          <span className="flex flex-col text-xs">
            <span>
              Hard <Rating value={survey.difficulty} /> · Useful <Rating value={survey.usefulness} /> · Enjoyable <Rating value={survey.enjoyment} />
            </span>
            <span className="text-[11px] text-zinc-500">over {survey.drills} {survey.drills === 1 ? "drill" : "drills"}</span>
          </span>
        )}
      </td>
      <td className={`${cell} capitalize`}>{calibration.declared}</td>
      <td className={`${cell} max-w-80`}>
        <Badge tone={VERDICT_TONE[calibration.verdict] ?? "neutral"}>{VERDICT_LABELS[calibration.verdict] ?? calibration.verdict}</Badge>
        <span className="mt-1 block text-xs text-zinc-400">{calibration.because}</span>
      </td>
    </tr>
  );
}

/** Per scenario: runs, success, median times, hints and ratings, and whether it plays as hard as it says. */
export function ScenariosTable({ scenarios }: { scenarios: AnalyticsView["scenarios"] }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label="Scenarios table" tabIndex={0}>
      <DataTable
        minWidthClass="min-w-[1100px]"
        columns={[
          { label: "Scenario" },
          { label: "Runs" },
          { label: "Success" },
          { label: "Acknowledge (median)" },
          { label: "Escalate (median)" },
          { label: "Mitigate (median)" },
          { label: "Hints per run" },
          { label: "Survey (1–5)" },
          { label: "Declared" },
          { label: "Calibration" },
        ]}
      >
        {scenarios.map((scenario) => (
          <ScenarioRow key={scenario.scenarioId} scenario={scenario} />
        ))}
      </DataTable>
    </div>
  );
}
