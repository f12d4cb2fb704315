import { postToChannel } from "../chat";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { mutateDrill } from "./mutate";

export async function startDrill({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<TimelineEventView> {
  const startedAt = nowOf(ctx);
  const at = { ...ctx, now: () => startedAt }; // the start event sits at exactly T+00:00
  const { event, channel, briefing, timeBoxMinutes } = await mutateDrill(at, input.drillId, "start", async (tx, drill) => {
    await tx.drill.update({ where: { id: drill.id }, data: { status: "running", startedAt } });
    const body = { briefing: drill.script.briefing, timeBoxMinutes: drill.timeBoxMinutes };
    const event = await appendEvent(tx, at, drill.id, { kind: "drill.started", body });
    return { event, channel: { drillId: drill.id, channelToken: drill.channelToken, provider: drill.chatProvider }, ...body };
  });
  await postToChannel(channel, { kind: "briefing", text: briefing, timeBoxMinutes });
  return event;
}
