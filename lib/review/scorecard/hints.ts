import { MILESTONE_LABELS } from "../../drill-model/milestones";
import { inTimeOrder, type ReachedMilestones } from "./milestones";
import type { ScannedTimeline } from "./scan";
import type { HintScore } from "./types";

/** Each released hint and the next milestone the team reached strictly after it, so a facilitator sees which hints worked. */
export function scoreHints(scan: ScannedTimeline, reached: ReachedMilestones): HintScore[] {
  const ordered = inTimeOrder(reached);
  return scan.of("hint.released").map((event) => {
    const releasedOffsetMs = event.offsetMs ?? 0;
    const following = ordered.find((milestone) => milestone.offsetMs > releasedOffsetMs);
    return {
      hintId: event.body.hintId,
      number: event.body.number,
      text: event.body.text,
      releasedOffsetMs,
      early: event.body.early === true,
      next: following ? { milestone: following.milestone, label: MILESTONE_LABELS[following.milestone], afterMs: following.offsetMs - releasedOffsetMs } : null,
    };
  });
}
