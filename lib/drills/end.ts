import { postToChannel } from "../chat";
import type { Ctx } from "../context";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { finishDrill } from "./finish";
import { mutateDrill } from "./mutate";
import { endDrillSchema } from "./schemas";
import { channelOf } from "./script/deliver";

/** Ends a running drill as mitigated or failed; the clock stops at this moment. */
export async function endDrill({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: unknown } }): Promise<TimelineEventView> {
  const { outcome, note } = parseOrThrow(endDrillSchema, input.data);
  const { event, channel } = await mutateDrill(ctx, input.drillId, "end", async (tx, drill) => ({
    event: await finishDrill(tx, ctx, drill, outcome, note),
    channel: channelOf(drill),
  }));
  await postToChannel(channel, { kind: "ended", outcome });
  return event;
}
