import { RATING_LABELS } from "@/lib/drill-model/debrief";
import type { Scorecard } from "@/lib/review/scorecard/types";
import { Badge } from "@/components/ui/badge";
import { percent, span } from "./format";
import { MetBadge, Nothing, RatingBadge, ReportTable, SubHeading, cellClass } from "./report-parts";

export function CriteriaTable({ criteria }: { criteria: Scorecard["criteria"] }) {
  const met = criteria.filter((criterion) => criterion.met).length;
  return (
    <div className="flex flex-col gap-1.5">
      <SubHeading>
        Success criteria{criteria.length > 0 && <span className="ml-1.5 text-zinc-500">{met} of {criteria.length} met</span>}
      </SubHeading>
      {criteria.length === 0 ? (
        <Nothing>The scenario names no success criteria.</Nothing>
      ) : (
        <ReportTable label="Success criteria" heads={["Criterion", "Measured", "Limit", ""]} numeric={[1, 2]}>
          {criteria.map((criterion) => (
            <tr key={criterion.milestone}>
              <td className={cellClass}>
                {criterion.label} within {criterion.withinMinutes} min
              </td>
              <td className={`${cellClass} text-right font-mono tabular-nums`}>{criterion.measuredMs === null ? <span className="text-zinc-500">not reached</span> : span(criterion.measuredMs)}</td>
              <td className={`${cellClass} text-right font-mono tabular-nums text-zinc-400`}>{span(criterion.limitMs)}</td>
              <td className={`${cellClass} text-right`}>
                <MetBadge met={criterion.met} />
              </td>
            </tr>
          ))}
        </ReportTable>
      )}
    </div>
  );
}

export function ObjectivesList({ objectives }: { objectives: Scorecard["objectives"] }) {
  return (
    <div className="flex flex-col gap-1.5">
      <SubHeading>Objectives</SubHeading>
      <p className="text-[11px] text-zinc-500">
        Rated P, S, M or U: {Object.entries(RATING_LABELS).map(([rating, label]) => `${rating} ${label.toLowerCase()}`).join("; ")}.
      </p>
      {objectives.length === 0 ? (
        <Nothing>Nothing to rate: the scenario names neither objectives nor success criteria.</Nothing>
      ) : (
        <ul className="flex flex-col divide-y divide-zinc-800/70">
          {objectives.map((objective) => (
            <li key={objective.id} data-testid="report-objective" className="flex flex-col gap-1 py-2 first:pt-0 last:pb-0">
              <div className="flex flex-wrap items-center gap-2">
                <RatingBadge rating={objective.rating} />
                <span className="text-sm font-medium text-zinc-100 print:text-zinc-900">{objective.name}</span>
                <span className="text-xs text-zinc-500">{RATING_LABELS[objective.rating]}</span>
                {objective.derived && <Badge>from a criterion</Badge>}
              </div>
              <p className="text-xs text-zinc-400">
                Suggested {objective.suggested}: {objective.because}
              </p>
              {objective.override && (
                <p className="text-xs text-amber-200/90">
                  Rated {objective.override.rating} by {objective.override.by} instead of the suggested {objective.suggested}, because: <span className="whitespace-pre-line">{objective.override.reason}</span>
                </p>
              )}
              {objective.history.length > 1 && (
                <details className="text-xs text-zinc-500">
                  <summary className="cursor-pointer hover:text-zinc-300">Rating history ({objective.history.length})</summary>
                  <ol className="mt-1 flex flex-col gap-0.5 pl-4">
                    {objective.history.map((change) => (
                      <li key={change.seq}>
                        {change.rating} by {change.by}: {change.reason}
                      </li>
                    ))}
                  </ol>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function TimeBoxAndAborts({ scorecard }: { scorecard: Scorecard }) {
  const { timeBox, rollbacks } = scorecard;
  const over = timeBox.fraction > 1;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <div className="flex flex-col gap-1.5">
        <SubHeading>Time box used</SubHeading>
        <p className="text-sm text-zinc-200 print:text-zinc-900">
          <span className="font-mono tabular-nums">{span(timeBox.usedMs)}</span> of {timeBox.minutes} min ({percent(timeBox.fraction)})
          {scorecard.pausedMs > 0 && <span className="text-zinc-500">, paused {span(scorecard.pausedMs)} besides</span>}
        </p>
        <div role="meter" aria-label="Time box used" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(timeBox.fraction * 100)} className="h-2 overflow-hidden rounded bg-zinc-800">
          <div className={`h-full ${over ? "bg-rose-500" : "bg-sky-500"}`} style={{ width: `${Math.min(100, Math.round(timeBox.fraction * 100))}%` }} />
        </div>
      </div>
      <div className="flex flex-col gap-1.5">
        <SubHeading>Rollbacks and aborts</SubHeading>
        {scorecard.aborted && <p className="text-sm text-rose-300">The drill was aborted.</p>}
        {rollbacks.length === 0 ? (
          <Nothing>No rollback ran.</Nothing>
        ) : (
          <ul className="flex flex-col gap-0.5 text-sm text-zinc-200 print:text-zinc-900">
            {rollbacks.map((rollback, index) => (
              <li key={`${rollback.stepId}-${index}`} className="flex flex-wrap items-center gap-1.5">
                <span>{rollback.name}</span>
                {rollback.duringAbort && <Badge>during the abort</Badge>}
                {rollback.failed && <Badge tone="danger">failed</Badge>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
