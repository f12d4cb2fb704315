import type { Ctx } from "../context";
import { getTimeline, streamTimeline } from "../drills/timeline";
import { enterChannel } from "./get-channel";

/** The participant's timeline: only events meant for everyone in the channel. */
export async function getChannelTimeline({ ctx, input }: { ctx: Ctx; input: { token: string; after?: number } }) {
  const { drill, ctx: guest } = await enterChannel(ctx, input.token);
  return getTimeline({ ctx: guest, input: { drillId: drill.id, viewer: "participant", after: input.after } });
}

export async function streamChannelTimeline({ ctx, input }: { ctx: Ctx; input: { token: string; after: number; signal: AbortSignal } }) {
  const { drill, ctx: guest } = await enterChannel(ctx, input.token);
  return streamTimeline({ ctx: guest, input: { drillId: drill.id, viewer: "participant", after: input.after, signal: input.signal } });
}
