import type { Ctx } from "../context";
import { dbOf } from "../db/transaction";
import { NotFoundError } from "../errors";
import type { TimelineEventView, Viewer } from "../timeline/events";
import { readTimeline } from "../timeline/read";
import { timelineEventStream } from "../timeline/stream";

interface TimelineQuery {
  drillId: string;
  viewer: Viewer;
  after?: number;
}

async function assertDrillExists(ctx: Ctx, drillId: string) {
  const found = await dbOf(ctx).drill.findUnique({ where: { id: drillId }, select: { id: true } });
  if (!found) throw new NotFoundError("Drill", drillId);
}

export async function getTimeline({ ctx, input }: { ctx: Ctx; input: TimelineQuery }): Promise<TimelineEventView[]> {
  await assertDrillExists(ctx, input.drillId);
  return readTimeline(dbOf(ctx), { drillId: input.drillId, viewer: input.viewer, after: input.after });
}

export async function streamTimeline({ ctx, input }: { ctx: Ctx; input: TimelineQuery & { signal: AbortSignal } }) {
  await assertDrillExists(ctx, input.drillId);
  return timelineEventStream({ drillId: input.drillId, viewer: input.viewer, after: input.after ?? 0, signal: input.signal });
}
