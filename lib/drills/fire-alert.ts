import { postToChannel } from "../chat";
import type { Ctx } from "../context";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { assertNotYet, findItem, mutateDrill } from "./mutate";
import { fireAlertSchema } from "./schemas";

export async function fireAlert({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: unknown } }): Promise<TimelineEventView> {
  const { alertId } = parseOrThrow(fireAlertSchema, input.data);
  const { event, channel, alert } = await mutateDrill(ctx, input.drillId, "fire_alert", async (tx, drill) => {
    const alert = findItem(drill.script.alerts, alertId, "Scripted alert");
    const ref = `alert:${alert.id}`;
    await assertNotYet(tx, drill.id, ref, `Alert "${alert.title}"`);
    const { source, severity, title, body } = alert;
    const event = await appendEvent(tx, ctx, drill.id, { kind: "alert.fired", ref, body: { alertId: alert.id, source, severity, title, body } });
    return { event, alert, channel: { drillId: drill.id, channelToken: drill.channelToken, provider: drill.chatProvider } };
  });
  await postToChannel(channel, { kind: "alert", alert });
  return event;
}
