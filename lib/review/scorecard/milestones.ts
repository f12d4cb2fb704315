import { MILESTONES, type Milestone } from "../../drill-model/milestone-names";
import type { TimelineEventView } from "../../timeline/events";
import { earliest, type ScannedTimeline } from "./scan";

/** When a milestone was reached, and what says so. */
export interface ReachedMilestone {
  milestone: Milestone;
  offsetMs: number;
  /** Recorded live, moved by a correction, recorded in review at a past event, or shown by the timeline alone. */
  source: "milestone" | "corrected" | "after_the_fact" | "timeline";
  /** The event that shows it: the evidence, else the recording or the correction itself. */
  seq: number;
  by: string;
}

export type ReachedMilestones = ReadonlyMap<Milestone, ReachedMilestone>;

/**
 * Every milestone reached, from `milestone.recorded` (at its evidence's time when it has one, as the milestone table
 * stores it) and `milestone.corrected` (the latest correction wins). A milestone is recorded once per drill. Drills
 * whose acknowledgement or escalation was never recorded still show it: the first `alert.acknowledged` and the first
 * `team.escalated` during the drill stand in for it.
 */
export function reachedMilestones(scan: ScannedTimeline): ReachedMilestones {
  const reached = new Map<Milestone, ReachedMilestone>();
  for (const event of scan.of("milestone.recorded")) {
    const { milestone, evidenceSeq, afterTheFact } = event.body;
    if (reached.has(milestone)) continue;
    const evidence = evidenceSeq === undefined ? undefined : scan.bySeq.get(evidenceSeq);
    const shown = evidence && evidence.offsetMs !== null ? evidence : event;
    reached.set(milestone, {
      milestone,
      offsetMs: shown.offsetMs ?? 0,
      source: afterTheFact ? "after_the_fact" : "milestone",
      seq: shown.id,
      by: shown.actor.name,
    });
  }
  for (const event of scan.of("milestone.corrected")) {
    const { milestone, toOffsetMs, toSeq } = event.body;
    const before = reached.get(milestone);
    if (!before) continue;
    const target = toSeq === undefined ? undefined : scan.bySeq.get(toSeq);
    reached.set(milestone, { milestone, offsetMs: toOffsetMs, source: "corrected", seq: target?.id ?? event.id, by: target?.actor.name ?? event.actor.name });
  }
  const standIn = (milestone: Milestone, event: TimelineEventView | null) => {
    if (event && !reached.has(milestone)) reached.set(milestone, { milestone, offsetMs: event.offsetMs!, source: "timeline", seq: event.id, by: event.actor.name });
  };
  standIn("acknowledged", earliest(scan.of("alert.acknowledged"), scan.during));
  standIn("escalated", earliest(scan.of("team.escalated"), scan.during));
  return reached;
}

/** The reached milestones by time (ties in the usual order of milestones), for "what came next". */
export function inTimeOrder(reached: ReachedMilestones): ReachedMilestone[] {
  return [...reached.values()].sort((a, b) => a.offsetMs - b.offsetMs || MILESTONES.indexOf(a.milestone) - MILESTONES.indexOf(b.milestone));
}
