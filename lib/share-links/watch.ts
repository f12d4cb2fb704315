import type { Ctx } from "../context";
import { getDrill } from "../drills/get";
import { getTimeline, streamTimeline } from "../drills/timeline";
import { openShareLink } from "./open-share-link";

/** What a share link shows: the drill and its timeline as an observer sees them, less the observers' notes, and nothing to act with. */
export async function getWatchedDrill({ ctx, input }: { ctx: Ctx; input: { token: string } }) {
  const link = await openShareLink(ctx, input.token);
  return getDrill({ ctx: link.ctx, input: { id: link.drillId } });
}

export async function getWatchedTimeline({ ctx, input }: { ctx: Ctx; input: { token: string; after?: number } }) {
  const link = await openShareLink(ctx, input.token);
  return getTimeline({ ctx: link.ctx, input: { drillId: link.drillId, viewer: "watcher", after: input.after } });
}

/** A revoked or expired link is refused at the stream's next reconnect (SSE_MAX_CONNECTION_MS at most). */
export async function streamWatchedTimeline({ ctx, input }: { ctx: Ctx; input: { token: string; after: number; signal: AbortSignal } }) {
  const link = await openShareLink(ctx, input.token);
  return streamTimeline({ ctx: link.ctx, input: { drillId: link.drillId, viewer: "watcher", after: input.after, signal: input.signal } });
}
