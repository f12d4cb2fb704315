import { queueChannelPost } from "../chat";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { inviteRoster } from "./roster/invite-roster";
import { mutateDrill } from "./internal/mutate";
import { channelOf } from "./script/deliver";
import { createScriptItems } from "./script/items";
import { wakeScheduler } from "./script/wake";

export async function startDrill({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<TimelineEventView> {
  const startedAt = nowOf(ctx);
  const at = { ...ctx, now: () => startedAt }; // the start event sits at exactly T+00:00
  const event = await mutateDrill(at, input.drillId, "start", async (tx, drill) => {
    await tx.drill.update({ where: { id: drill.id }, data: { status: "running", startedAt } });
    const body = { briefing: drill.script.briefing, timeBoxMinutes: drill.timeBoxMinutes, publicTitle: drill.publicTitle };
    const event = await appendEvent(tx, at, drill.id, { kind: "drill.started", body });
    const channel = channelOf(drill);
    await queueChannelPost(tx, channel, { kind: "briefing", publicTitle: drill.publicTitle, text: body.briefing, timeBoxMinutes: body.timeBoxMinutes });
    const invitation = await inviteRoster({ ctx: at, tx, drill });
    if (invitation) await queueChannelPost(tx, channel, invitation);
    await createScriptItems(tx, drill.id, drill.script);
    return event;
  });
  await wakeScheduler(input.drillId);
  return event;
}
