import type { MeasuredTime, Scorecard } from "@/lib/review/scorecard/types";
import { Badge } from "@/components/ui/badge";
import { offset, span } from "./format";
import { Nothing, ReportTable, SubHeading, cellClass } from "./report-parts";

const SOURCE_WORDS: Record<NonNullable<MeasuredTime["source"]>, string> = {
  milestone: "recorded",
  corrected: "corrected",
  after_the_fact: "after the fact",
  timeline: "from the timeline",
};

export function referenceSentence(scorecard: Scorecard): string {
  const { reference } = scorecard;
  const from =
    reference.from === "injection"
      ? `the first injection that applied${reference.injectionStepId ? ` (${reference.injectionStepId})` : ""}, at ${offset(reference.offsetMs)}`
      : `the start of the drill (no injection applied)`;
  const alert = reference.firstAlertOffsetMs === null ? "No alert fired." : `The first alert fired at ${offset(reference.firstAlertOffsetMs)}.`;
  return `Times are measured from ${from}. ${alert}`;
}

export function TimesTable({ scorecard }: { scorecard: Scorecard }) {
  return (
    <div className="flex flex-col gap-1.5">
      <SubHeading>Times</SubHeading>
      <p className="text-xs text-zinc-500">{referenceSentence(scorecard)}</p>
      <ReportTable label="Times" heads={["", "At", "From reference", "From first alert", "How we know", "By"]} numeric={[1, 2, 3]}>
        {scorecard.times.map((time) => (
          <tr key={time.key} className={time.offsetMs === null ? "text-zinc-500" : ""}>
            <th scope="row" className={`${cellClass} text-left font-medium`}>
              {time.label}
            </th>
            <td className={`${cellClass} text-right font-mono tabular-nums`}>{offset(time.offsetMs)}</td>
            <td className={`${cellClass} text-right font-mono tabular-nums`}>{span(time.fromReferenceMs)}</td>
            <td className={`${cellClass} text-right font-mono tabular-nums`}>{span(time.fromFirstAlertMs)}</td>
            <td className={cellClass}>
              {time.source === null ? (
                <span className="text-zinc-500">not reached</span>
              ) : (
                <Badge tone={time.source === "after_the_fact" ? "warning" : time.source === "corrected" ? "info" : "neutral"}>{SOURCE_WORDS[time.source]}</Badge>
              )}
            </td>
            <td className={`${cellClass} text-zinc-400`}>{time.by ?? "—"}</td>
          </tr>
        ))}
      </ReportTable>
    </div>
  );
}

export function AlertsTable({ alerts }: { alerts: Scorecard["alerts"] }) {
  return (
    <div className="flex flex-col gap-1.5">
      <SubHeading>Alerts</SubHeading>
      {alerts.length === 0 ? (
        <Nothing>No alert was fired.</Nothing>
      ) : (
        <ReportTable label="Alerts" heads={["Alert", "Fired", "Acknowledged", "Time to acknowledge", "By"]} numeric={[1, 2, 3]}>
          {alerts.map((alert, index) => (
            <tr key={`${alert.alertId}-${index}`}>
              <td className={`${cellClass} [overflow-wrap:anywhere]`}>{alert.title}</td>
              <td className={`${cellClass} text-right font-mono tabular-nums`}>{offset(alert.firedOffsetMs)}</td>
              <td className={`${cellClass} text-right font-mono tabular-nums`}>{offset(alert.acknowledgedOffsetMs)}</td>
              <td className={`${cellClass} text-right font-mono tabular-nums`}>{alert.timeToAcknowledgeMs === null ? <span className="text-rose-300">never</span> : span(alert.timeToAcknowledgeMs)}</td>
              <td className={`${cellClass} text-zinc-400`}>{alert.by ?? "—"}</td>
            </tr>
          ))}
        </ReportTable>
      )}
    </div>
  );
}

export function HintsTable({ hints }: { hints: Scorecard["hints"] }) {
  return (
    <div className="flex flex-col gap-1.5">
      <SubHeading>Hints, and what followed</SubHeading>
      {hints.length === 0 ? (
        <Nothing>No hint was released: the team found its own way.</Nothing>
      ) : (
        <ReportTable label="Hints" heads={["Hint", "Released", "What followed"]} numeric={[1]}>
          {hints.map((hint) => (
            <tr key={`${hint.hintId}-${hint.number}`}>
              <td className={cellClass}>
                <span className="mr-1.5 text-xs font-semibold text-violet-300">Hint {hint.number}</span>
                <span className="[overflow-wrap:anywhere]">{hint.text}</span>
                {hint.early && (
                  <Badge tone="violet" className="ml-1.5">
                    released early
                  </Badge>
                )}
              </td>
              <td className={`${cellClass} text-right font-mono tabular-nums`}>{offset(hint.releasedOffsetMs)}</td>
              <td className={cellClass}>
                {hint.next ? (
                  <>
                    {hint.next.label} <span className="text-zinc-400">{span(hint.next.afterMs)} later</span>
                  </>
                ) : (
                  <span className="text-zinc-500">no milestone followed</span>
                )}
              </td>
            </tr>
          ))}
        </ReportTable>
      )}
    </div>
  );
}
