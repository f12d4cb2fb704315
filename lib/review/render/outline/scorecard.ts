import { RATING_LABELS, type Rating } from "../../../drill-model/debrief";
import type { Scorecard } from "../../scorecard/types";
import type { Block, MilestoneBar } from "./blocks";
import { NONE, duration, humanize, offset, oneLine, percent } from "./format";

type Level = 2 | 3 | 4;

const rating = (value: Rating): string => `${value}: ${RATING_LABELS[value]}`;
const SOURCE_LABELS: Record<NonNullable<Scorecard["times"][number]["source"]>, string> = {
  milestone: "Recorded",
  corrected: "Corrected",
  after_the_fact: "Recorded after the fact",
  timeline: "Timeline",
};

function referenceLine(scorecard: Scorecard): string {
  const { reference } = scorecard;
  const from =
    reference.from === "injection"
      ? `the first injection that applied${reference.injectionStepId ? ` (${reference.injectionStepId})` : ""}, at ${offset(reference.offsetMs)}`
      : `the start of the drill (no injection applied), at ${offset(reference.offsetMs)}`;
  const alert = reference.firstAlertOffsetMs == null ? "No alert was fired." : `The first alert fired at ${offset(reference.firstAlertOffsetMs)}.`;
  return `Times are measured from ${from}. ${alert}`;
}

/** The times to each milestone against the success criteria's limits, for the chart. */
export function milestoneBars(scorecard: Scorecard): MilestoneBar[] {
  return scorecard.times.map((time) => {
    const criterion = scorecard.criteria.find((entry) => entry.milestone === time.key);
    return { label: time.label, valueMs: time.fromReferenceMs, limitMs: criterion?.limitMs ?? null, met: criterion ? criterion.met : null };
  });
}

function times(scorecard: Scorecard, level: Level): Block[] {
  return [
    { kind: "heading", level, text: "Times" },
    { kind: "paragraph", text: referenceLine(scorecard) },
    {
      kind: "table",
      columns: [{ label: "Milestone", weight: 2 }, { label: "Reached" }, { label: "From reference" }, { label: "From first alert" }, { label: "Source", weight: 1.4 }, { label: "By", weight: 1.4 }],
      rows: scorecard.times.map((time) => [
        time.label,
        offset(time.offsetMs),
        duration(time.fromReferenceMs),
        duration(time.fromFirstAlertMs),
        time.source ? SOURCE_LABELS[time.source] : NONE,
        time.by ?? NONE,
      ]),
    },
    { kind: "chart", chart: { kind: "milestones", title: "Time to each milestone against its limit", bars: milestoneBars(scorecard) } },
  ];
}

function alertsAndHints(scorecard: Scorecard, level: Level): Block[] {
  const alerts: Block[] = scorecard.alerts.length
    ? [
        {
          kind: "table",
          columns: [{ label: "Alert", weight: 2.5 }, { label: "Fired" }, { label: "Acknowledged" }, { label: "Time to acknowledge" }, { label: "By", weight: 1.4 }],
          rows: scorecard.alerts.map((alert) => [oneLine(alert.title), offset(alert.firedOffsetMs), offset(alert.acknowledgedOffsetMs), duration(alert.timeToAcknowledgeMs), alert.by ?? NONE]),
        },
      ]
    : [{ kind: "paragraph", text: "No alert was fired." }];
  const hints: Block[] = scorecard.hints.length
    ? [
        {
          kind: "table",
          columns: [{ label: "#", weight: 0.4 }, { label: "Hint", weight: 3 }, { label: "Released" }, { label: "What followed", weight: 2 }],
          rows: scorecard.hints.map((hint) => [
            String(hint.number),
            oneLine(hint.text),
            `${offset(hint.releasedOffsetMs)}${hint.early ? " (early)" : ""}`,
            hint.next ? `${hint.next.label}, ${duration(hint.next.afterMs)} later` : "No milestone followed",
          ]),
        },
      ]
    : [{ kind: "paragraph", text: "No hint was released." }];
  return [{ kind: "heading", level, text: "Alerts" }, ...alerts, { kind: "heading", level, text: "Hints and what followed" }, ...hints];
}

function criteriaAndObjectives(scorecard: Scorecard, level: Level): Block[] {
  const criteria: Block = scorecard.criteria.length
    ? {
        kind: "table",
        columns: [{ label: "Criterion", weight: 2 }, { label: "Limit" }, { label: "Measured" }, { label: "Result" }],
        rows: scorecard.criteria.map((criterion) => [
          `${criterion.label} within ${criterion.withinMinutes} min`,
          duration(criterion.limitMs),
          criterion.measuredMs == null ? "Not reached" : duration(criterion.measuredMs),
          criterion.met ? "Met" : "Missed",
        ]),
      }
    : { kind: "paragraph", text: "The scenario names no success criteria." };
  const objectives: Block = scorecard.objectives.length
    ? {
        kind: "table",
        columns: [{ label: "Objective", weight: 1.6 }, { label: "Rating", weight: 1.8 }, { label: "Suggested", weight: 2.2 }, { label: "Override", weight: 2.2 }],
        rows: scorecard.objectives.map((objective) => [
          oneLine(objective.name),
          rating(objective.rating),
          `${objective.suggested}: ${oneLine(objective.because)}`,
          objective.override ? `${objective.override.by}: ${oneLine(objective.override.reason)}` : NONE,
        ]),
      }
    : { kind: "paragraph", text: "No objectives to rate." };
  return [{ kind: "heading", level, text: "Success criteria" }, criteria, { kind: "heading", level, text: "Objectives" }, objectives];
}

function timeBoxAndActions(scorecard: Scorecard, level: Level): Block[] {
  const { timeBox } = scorecard;
  const paused = scorecard.pausedMs > 0 ? ` The clock was paused for ${duration(scorecard.pausedMs)}.` : "";
  const rollbacks: Block = scorecard.rollbacks.length
    ? {
        kind: "table",
        columns: [{ label: "Rollback", weight: 2.5 }, { label: "When" }, { label: "During the abort" }, { label: "Result" }],
        rows: scorecard.rollbacks.map((rollback) => [oneLine(rollback.name), offset(rollback.offsetMs), rollback.duringAbort ? "Yes" : "No", rollback.failed ? "Failed" : "Done"]),
      }
    : { kind: "paragraph", text: "No rollback was run." };
  const mistakes: Block = scorecard.mistakes.length
    ? {
        kind: "entries",
        entries: scorecard.mistakes.map((mistake) => ({
          head: `${offset(mistake.offsetMs)} · ${mistake.by}`,
          body: mistake.text,
          detail: mistake.aboutSeq == null ? undefined : `About event #${mistake.aboutSeq}`,
        })),
      }
    : { kind: "paragraph", text: "No observer tagged a mistake." };
  return [
    { kind: "heading", level, text: "Time box" },
    { kind: "paragraph", text: `Used ${duration(timeBox.usedMs)} of ${timeBox.minutes} min (${percent(timeBox.fraction)}).${paused}` },
    { kind: "heading", level, text: "Rollbacks and aborts" },
    { kind: "paragraph", text: scorecard.aborted ? "The drill was aborted." : "The drill was not aborted." },
    rollbacks,
    { kind: "heading", level, text: "Mistakes" },
    mistakes,
  ];
}

function participation(scorecard: Scorecard, level: Level): Block[] {
  const { people, escalations } = scorecard.participation;
  return [
    { kind: "heading", level, text: "Participation" },
    people.length
      ? {
          kind: "table",
          columns: [{ label: "Person", weight: 2 }, { label: "Messages", align: "right" }, { label: "First message" }, { label: "First response" }],
          rows: people.map((person) => [person.name, String(person.messages), offset(person.firstMessageOffsetMs), duration(person.firstResponseMs)]),
        }
      : { kind: "paragraph", text: "Nobody spoke in the channel." },
    escalations.length
      ? {
          kind: "table",
          columns: [{ label: "Escalated to" }, { label: "People", weight: 2 }, { label: "By" }, { label: "When" }],
          rows: escalations.map((escalation) => [escalation.team, escalation.people.join(", ") || NONE, escalation.by, offset(escalation.offsetMs)]),
        }
      : { kind: "paragraph", text: "No team was escalated to." },
  ];
}

export function scorecardBlocks(scorecard: Scorecard, level: 2 | 3): Block[] {
  const sub = (level + 1) as Level;
  return [
    { kind: "heading", level, text: "Scorecard" },
    { kind: "paragraph", text: `Outcome: ${scorecard.outcome ? humanize(scorecard.outcome) : "not ended"}.` },
    ...times(scorecard, sub),
    ...alertsAndHints(scorecard, sub),
    ...criteriaAndObjectives(scorecard, sub),
    ...timeBoxAndActions(scorecard, sub),
    ...participation(scorecard, sub),
  ];
}
