import type { z } from "zod";
import { queueChannelPost } from "../chat";
import type { Ctx } from "../context";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { findItem, mutateDrill } from "./internal/mutate";
import { fireAlertSchema } from "./schemas";
import { channelOf, deliverAlert } from "./script/deliver";

/** Fires a scripted alert now, by hand; the scheduler will not fire it again. */
export async function fireAlert({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof fireAlertSchema> } }): Promise<TimelineEventView> {
  const { alertId } = parseOrThrow(fireAlertSchema, input.data);
  return mutateDrill(ctx, input.drillId, "fire_alert", async (tx, drill) => {
    const alert = findItem(drill.script.alerts, alertId, "Scripted alert");
    const delivery = await deliverAlert(tx, ctx, drill, alert);
    await queueChannelPost(tx, channelOf(drill), delivery.post);
    return delivery.event;
  });
}
