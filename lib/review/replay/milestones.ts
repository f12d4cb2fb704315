import { MILESTONES, type Milestone } from "../../drill-model/milestone-names";
import { MILESTONE_LABELS } from "../../drill-model/milestones";
import type { TimelineEventView } from "../../timeline/events";
import { tAtClock, tOf, type Pause } from "./clock";
import type { ReplayMilestone } from "./types";
import { clockAt } from "./types";

/**
 * Each milestone at the moment the scorecard counts it (lib/review/scorecard/milestones.ts): the first recording, at its
 * evidence's time when it has one (an after-the-fact record always has); the latest correction moves it, to the event
 * it names or to its drill-clock offset. Reads the whole timeline: after-the-fact records and corrections come in review.
 */
export function replayMilestones(all: readonly TimelineEventView[], startMs: number, pauses: readonly Pause[]): ReplayMilestone[] {
  const wanted = new Set<number>();
  for (const event of all) {
    if (event.kind === "milestone.recorded" && event.body.evidenceSeq !== undefined) wanted.add(event.body.evidenceSeq);
    else if (event.kind === "milestone.corrected" && event.body.toSeq !== undefined) wanted.add(event.body.toSeq);
  }
  const bySeq = new Map(wanted.size ? all.filter((event) => wanted.has(event.id)).map((event) => [event.id, event]) : []);
  const reached = new Map<Milestone, Omit<ReplayMilestone, "offsetMs" | "label">>();
  for (const event of all) {
    if (event.kind === "milestone.recorded") {
      const { milestone, evidenceSeq, afterTheFact } = event.body;
      if (reached.has(milestone)) continue;
      const evidence = evidenceSeq === undefined ? undefined : bySeq.get(evidenceSeq);
      const shown = evidence && evidence.offsetMs !== null ? evidence : event;
      reached.set(milestone, { milestone, t: tOf(shown, startMs), source: afterTheFact ? "after_the_fact" : "live", seq: shown.id });
    } else if (event.kind === "milestone.corrected" && reached.has(event.body.milestone)) {
      const { milestone, toOffsetMs, toSeq } = event.body;
      const target = toSeq === undefined ? undefined : bySeq.get(toSeq);
      reached.set(milestone, target ? { milestone, t: tOf(target, startMs), source: "corrected", seq: target.id } : { milestone, t: tAtClock(pauses, toOffsetMs), source: "corrected", seq: null });
    }
  }
  return [...reached.values()]
    .map((entry) => ({ ...entry, label: MILESTONE_LABELS[entry.milestone], offsetMs: clockAt(pauses, entry.t) }))
    .sort((a, b) => a.t - b.t || MILESTONES.indexOf(a.milestone) - MILESTONES.indexOf(b.milestone));
}
