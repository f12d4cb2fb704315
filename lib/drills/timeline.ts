import { authorize } from "../auth/authorize";
import type { Permission } from "../drill-model/permissions";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import type { TimelineEventView, Viewer } from "../timeline/events";
import { readTimeline } from "../timeline/read";
import { timelineEventStream } from "../timeline/stream";
import { getDrillOrThrow } from "./internal/get-drill";

interface TimelineQuery {
  drillId: string;
  viewer: Viewer;
  after?: number;
}

/** Staff see the whole timeline; a channel's view (only what everyone in it saw) is open to its guests too. */
const readers: Record<Viewer, readonly Permission[]> = { staff: ["drill.read"], watcher: ["drill.read"], participant: ["drill.read", "chat.respond"] };

async function assertDrillExists(ctx: Ctx, drillId: string) {
  await getDrillOrThrow(dbOf(ctx), drillId, { select: { id: true } });
}

export async function getTimeline({ ctx, input }: { ctx: Ctx; input: TimelineQuery }): Promise<TimelineEventView[]> {
  authorize(ctx, readers[input.viewer], { drillId: input.drillId });
  await assertDrillExists(ctx, input.drillId);
  return readTimeline(dbOf(ctx), { drillId: input.drillId, viewer: input.viewer, after: input.after });
}

export async function streamTimeline({ ctx, input }: { ctx: Ctx; input: TimelineQuery & { signal: AbortSignal } }) {
  authorize(ctx, readers[input.viewer], { drillId: input.drillId });
  await assertDrillExists(ctx, input.drillId);
  return timelineEventStream({ drillId: input.drillId, viewer: input.viewer, after: input.after ?? 0, signal: input.signal });
}
