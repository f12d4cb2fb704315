import { formatOffset } from "@/lib/drill-model/clock";
import type { AlertScore, HintScore, MistakeScore, RollbackScore } from "@/lib/review/scorecard/types";
import { Badge } from "../ui/badge";
import { EventLink } from "../timeline/event-extras";
import { span } from "./format";
import { ScoreSection } from "./score-section";

const at = (ms: number | null) => (ms === null ? "before start" : formatOffset(ms));

export function AlertsScore({ alerts }: { alerts: AlertScore[] }) {
  return (
    <ScoreSection title="Alerts" testId="score-alerts">
      {alerts.length === 0 ? (
        <p className="text-xs text-zinc-500">No alert fired.</p>
      ) : (
        <ul className="flex flex-col gap-1.5 text-sm">
          {alerts.map((alert) => (
            <li key={`${alert.alertId}-${alert.firedOffsetMs}`}>
              <p className="text-zinc-200 [overflow-wrap:anywhere]">{alert.title}</p>
              <p className="text-xs text-zinc-400">
                fired {formatOffset(alert.firedOffsetMs)} ·{" "}
                {alert.timeToAcknowledgeMs === null ? (
                  <span className="text-amber-300">never acknowledged</span>
                ) : (
                  <>
                    acknowledged after <span className="font-mono text-zinc-200">{span(alert.timeToAcknowledgeMs)}</span>
                    {alert.by && <> by {alert.by}</>}
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </ScoreSection>
  );
}

/** Which hints worked: what the team reached after each, and how long after. */
export function HintsScore({ hints }: { hints: HintScore[] }) {
  return (
    <ScoreSection title="Hints" testId="score-hints">
      {hints.length === 0 ? (
        <p className="text-xs text-zinc-500">No hint was released.</p>
      ) : (
        <ul className="flex flex-col gap-1.5 text-sm">
          {hints.map((hint) => (
            <li key={hint.hintId}>
              <p className="line-clamp-2 text-zinc-200" title={hint.text}>
                <span className="mr-1 text-violet-300">#{hint.number}</span>
                {hint.text}
              </p>
              <p className="text-xs text-zinc-400">
                released {formatOffset(hint.releasedOffsetMs)}
                {hint.early && " (early, by hand)"} ·{" "}
                {hint.next ? (
                  <>
                    then {hint.next.label} <span className="font-mono text-zinc-200">{span(hint.next.afterMs)}</span> later
                  </>
                ) : (
                  <span className="text-amber-300">no milestone followed</span>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </ScoreSection>
  );
}

export function RollbacksScore({ rollbacks }: { rollbacks: RollbackScore[] }) {
  return (
    <ScoreSection title="Rollbacks">
      {rollbacks.length === 0 ? (
        <p className="text-xs text-zinc-500">Nothing was rolled back.</p>
      ) : (
        <ul className="flex flex-col gap-1 text-sm">
          {rollbacks.map((rollback, index) => (
            <li key={`${rollback.stepId}-${index}`} className="flex flex-wrap items-baseline gap-x-2">
              <span className="text-zinc-200">{rollback.name}</span>
              <span className="font-mono text-xs text-zinc-500">{at(rollback.offsetMs)}</span>
              {rollback.duringAbort && <Badge tone="neutral">during abort</Badge>}
              {rollback.failed && <Badge tone="danger">failed</Badge>}
            </li>
          ))}
        </ul>
      )}
    </ScoreSection>
  );
}

/** The actions observers tagged as mistakes. */
export function MistakesScore({ mistakes }: { mistakes: MistakeScore[] }) {
  return (
    <ScoreSection title="Mistakes noted">
      {mistakes.length === 0 ? (
        <p className="text-xs text-zinc-500">No note is tagged as a mistake.</p>
      ) : (
        <ul className="flex flex-col gap-1 text-sm">
          {mistakes.map((mistake) => (
            <li key={mistake.seq}>
              <p className="text-zinc-200 [overflow-wrap:anywhere]">{mistake.text}</p>
              <p className="text-xs text-zinc-500">
                {mistake.by} · {at(mistake.offsetMs)}
                {mistake.aboutSeq !== null && (
                  <>
                    {" "}
                    · about <EventLink seq={mistake.aboutSeq} />
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
    </ScoreSection>
  );
}
