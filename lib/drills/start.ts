import { postToChannel } from "../chat";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { inviteRoster } from "../roster/invite-roster";
import { mutateDrill } from "./mutate";
import { createScriptItems } from "./script/items";
import { wakeScheduler } from "./script/wake";

export async function startDrill({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<TimelineEventView> {
  const startedAt = nowOf(ctx);
  const at = { ...ctx, now: () => startedAt }; // the start event sits at exactly T+00:00
  const { event, channel, briefing, timeBoxMinutes, invitation } = await mutateDrill(at, input.drillId, "start", async (tx, drill) => {
    await tx.drill.update({ where: { id: drill.id }, data: { status: "running", startedAt } });
    const body = { briefing: drill.script.briefing, timeBoxMinutes: drill.timeBoxMinutes };
    const event = await appendEvent(tx, at, drill.id, { kind: "drill.started", body });
    const invitation = await inviteRoster({ ctx: at, tx, drill });
    await createScriptItems(tx, drill.id, drill.script);
    return { event, invitation, channel: { drillId: drill.id, channelToken: drill.channelToken, provider: drill.chatProvider }, ...body };
  });
  await postToChannel(channel, { kind: "briefing", text: briefing, timeBoxMinutes });
  if (invitation) await postToChannel(channel, invitation);
  await wakeScheduler(input.drillId);
  return event;
}
