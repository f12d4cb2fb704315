import { postToChannel } from "../chat";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { mutateDrill } from "./mutate";
import { endDrillSchema } from "./schemas";

/** Ends a running drill as mitigated or failed; the clock stops at this moment. */
export async function endDrill({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: unknown } }): Promise<TimelineEventView> {
  const { outcome, note } = parseOrThrow(endDrillSchema, input.data);
  const endedAt = nowOf(ctx);
  const at = { ...ctx, now: () => endedAt };
  const { event, channel } = await mutateDrill(at, input.drillId, "end", async (tx, drill) => {
    const event = await appendEvent(tx, at, drill.id, { kind: "drill.ended", body: { outcome, note } });
    await tx.drill.update({ where: { id: drill.id }, data: { status: outcome, endedAt } });
    return { event, channel: { drillId: drill.id, channelToken: drill.channelToken, provider: drill.chatProvider } };
  });
  await postToChannel(channel, { kind: "ended", outcome });
  return event;
}
