import { formatOffset } from "@/lib/drill-model/clock";
import type { MeasuredTime, Scorecard } from "@/lib/review/scorecard/types";
import { Badge } from "../ui/badge";
import { Card } from "../ui/card";
import { span } from "./format";
import { ScoreSection, cellClass, headClass } from "./score-section";
import { AlertsScore, HintsScore, MistakesScore, RollbacksScore } from "./scorecard-events";
import { ParticipationScore } from "./scorecard-people";

function referenceText({ reference }: Scorecard): string {
  const from = reference.from === "injection" ? `Times are measured from the first injection${reference.injectionStepId ? ` (${reference.injectionStepId})` : ""} at ${formatOffset(reference.offsetMs)}` : "Times are measured from the start: no injection applied";
  const alert = reference.firstAlertOffsetMs === null ? "No alert fired." : `and from the first alert at ${formatOffset(reference.firstAlertOffsetMs)}.`;
  return reference.firstAlertOffsetMs === null ? `${from}. ${alert}` : `${from}, ${alert}`;
}

function SourceBadge({ time }: { time: MeasuredTime }) {
  if (time.source === "after_the_fact") return <Badge tone="warning">recorded after the fact</Badge>;
  if (time.source === "corrected") return <Badge tone="info">corrected</Badge>;
  if (time.source === "timeline") return <span className="text-xs text-zinc-500">from the timeline</span>;
  return null;
}

function Times({ scorecard }: { scorecard: Scorecard }) {
  const fromWhat = scorecard.reference.from === "injection" ? "From injection" : "From start";
  return (
    <ScoreSection title="Times" testId="score-times">
      <p className="text-xs text-zinc-400">{referenceText(scorecard)}</p>
      <div className="overflow-x-auto">
        <table className="w-full min-w-[34rem] border-collapse text-sm">
          <thead className="border-b border-zinc-800">
            <tr>
              <th scope="col" className={headClass}>What</th>
              <th scope="col" className={headClass}>At</th>
              <th scope="col" className={headClass}>{fromWhat}</th>
              <th scope="col" className={headClass}>From first alert</th>
              <th scope="col" className={headClass}>Who</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-800/70">
            {scorecard.times.map((time) => (
              <tr key={time.key} data-time={time.key}>
                <td className={`${cellClass} text-zinc-200`}>
                  <span className="mr-2">{time.label}</span>
                  <SourceBadge time={time} />
                </td>
                <td className={`${cellClass} font-mono text-xs whitespace-nowrap text-zinc-400`}>{time.offsetMs === null ? <span className="font-sans text-zinc-500">not reached</span> : formatOffset(time.offsetMs)}</td>
                <td className={`${cellClass} font-mono text-xs text-zinc-200 tabular-nums`}>{span(time.fromReferenceMs)}</td>
                <td className={`${cellClass} font-mono text-xs text-zinc-200 tabular-nums`}>{span(time.fromFirstAlertMs)}</td>
                <td className={`${cellClass} text-xs text-zinc-400`}>{time.by ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ScoreSection>
  );
}

function Criteria({ scorecard }: { scorecard: Scorecard }) {
  if (scorecard.criteria.length === 0) return null;
  return (
    <ScoreSection title="Success criteria" testId="score-criteria">
      <ul className="flex flex-col gap-1 text-sm">
        {scorecard.criteria.map((criterion) => (
          <li key={criterion.milestone} data-criterion={criterion.milestone} className="flex items-center justify-between gap-2">
            <span className="text-zinc-200">{criterion.label}</span>
            <span className="flex items-center gap-2">
              <span className="font-mono text-xs text-zinc-300 tabular-nums">
                {criterion.measuredMs === null ? <span className="font-sans text-zinc-500">not reached (limit {criterion.withinMinutes} min)</span> : <>{span(criterion.measuredMs)} <span className="font-sans text-zinc-500">of {criterion.withinMinutes} min</span></>}
              </span>
              <Badge tone={criterion.met ? "success" : "danger"}>{criterion.met ? "met" : "missed"}</Badge>
            </span>
          </li>
        ))}
      </ul>
    </ScoreSection>
  );
}

function TimeBox({ scorecard }: { scorecard: Scorecard }) {
  const { timeBox, pausedMs } = scorecard;
  return (
    <ScoreSection title="Time box">
      <p className="text-sm text-zinc-200">
        <span className="font-mono tabular-nums">{span(timeBox.usedMs)}</span> of {timeBox.minutes} min used ({Math.round(timeBox.fraction * 100)}%)
        {pausedMs > 0 && <span className="text-zinc-400"> · clock paused for {span(pausedMs)}</span>}
        {scorecard.aborted && <span className="text-rose-300"> · aborted</span>}
      </p>
      <div className="h-1.5 overflow-hidden rounded-full bg-zinc-800" aria-hidden>
        <div className={`h-full ${timeBox.fraction > 1 ? "bg-rose-500" : "bg-sky-500"}`} style={{ width: `${Math.min(100, Math.round(timeBox.fraction * 100))}%` }} />
      </div>
    </ScoreSection>
  );
}

/** The scorecard as computed from the timeline (live in review, frozen at close). */
export function ScorecardPanel({ scorecard }: { scorecard: Scorecard }) {
  return (
    <Card title="Scorecard">
      <div data-testid="scorecard" className="flex flex-col gap-4">
        <Times scorecard={scorecard} />
        <div className="grid gap-4 md:grid-cols-2">
          <Criteria scorecard={scorecard} />
          <TimeBox scorecard={scorecard} />
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <AlertsScore alerts={scorecard.alerts} />
          <HintsScore hints={scorecard.hints} />
        </div>
        <ParticipationScore participation={scorecard.participation} />
        <div className="grid gap-4 md:grid-cols-2">
          <RollbacksScore rollbacks={scorecard.rollbacks} />
          <MistakesScore mistakes={scorecard.mistakes} />
        </div>
      </div>
    </Card>
  );
}
