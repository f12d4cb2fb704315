import type { Db } from "../db/client";
import { asSeenBy, HIDDEN_FROM_WATCHERS, toEventView, type TimelineEventView, type Viewer } from "./events";

export interface ReadTimelineInput {
  drillId: string;
  viewer: Viewer;
  /** Only events with a sequence number above this one. */
  after?: number;
  limit?: number;
}

export async function readTimeline(db: Db, input: ReadTimelineInput): Promise<TimelineEventView[]> {
  const rows = await db.timelineEvent.findMany({
    where: {
      drillId: input.drillId,
      seq: { gt: input.after ?? 0 },
      ...(input.viewer === "participant" ? { audience: "everyone" as const } : {}),
      ...(input.viewer === "watcher" ? { kind: { notIn: [...HIDDEN_FROM_WATCHERS] } } : {}),
    },
    orderBy: { seq: "asc" },
    take: input.limit ?? 1000,
  });
  return rows.map((row) => asSeenBy(input.viewer, toEventView(row)));
}
