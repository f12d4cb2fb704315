import type { Db } from "../../db/client";
import { elapsedMs } from "../../drill-model/clock";
import type { DrillStatus } from "../../drill-model/state-machine";

export interface DrillSummary {
  drillTitle: string;
  outcome: DrillStatus;
  durationMs: number;
  milestones: { milestone: string; offsetMs: number }[];
  alertsFired: number;
  hintsReleased: number;
}

/** What the end-of-drill message says: read in the ending transaction, so it counts exactly what happened. */
export async function drillSummary(db: Db, drillId: string): Promise<DrillSummary> {
  const drill = await db.drill.findUniqueOrThrow({ where: { id: drillId } });
  const milestones = await db.milestone.findMany({ where: { drillId }, orderBy: { reachedOffsetMs: "asc" }, select: { milestone: true, reachedOffsetMs: true } });
  const counts = await db.timelineEvent.groupBy({ by: ["kind"], where: { drillId, kind: { in: ["alert.fired", "hint.released"] } }, _count: true });
  const count = (kind: string) => counts.find((row) => row.kind === kind)?._count ?? 0;
  return {
    // Said in the channel: the participants' title, never the staff one.
    drillTitle: drill.publicTitle,
    outcome: drill.status,
    durationMs: elapsedMs(drill, drill.endedAt ?? new Date()),
    milestones: milestones.map((row) => ({ milestone: row.milestone, offsetMs: row.reachedOffsetMs })),
    alertsFired: count("alert.fired"),
    hintsReleased: count("hint.released"),
  };
}
