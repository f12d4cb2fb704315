import type { z } from "zod";
import { queueChannelPost } from "../chat";
import type { Ctx } from "../context";
import { ConflictError, NotFoundError } from "../errors";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { formatOffset } from "../drill-model/clock";
import { milestoneReached, writeMilestone } from "./milestones/store";
import { mutateDrill } from "./internal/mutate";
import { acknowledgeAlertSchema } from "./schemas";
import { channelOf } from "./script/deliver";

export interface Acknowledgement {
  event: TimelineEventView;
  /** This acknowledgement recorded the drill's `acknowledged` milestone (it was the first). */
  milestone: boolean;
}

/**
 * Someone acknowledged a fired alert (the Acknowledge button, `/drill ack`): the first acknowledgement
 * of the drill records the `acknowledged` milestone, and the alert's message shows who and when.
 * Without an alert id, the latest fired alert nobody acknowledged yet.
 */
export async function acknowledgeAlert({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof acknowledgeAlertSchema> } }): Promise<Acknowledgement> {
  const { alertId, via } = parseOrThrow(acknowledgeAlertSchema, input.data);
  return mutateDrill(ctx, input.drillId, "acknowledge_alert", async (tx, drill) => {
    const fired = await tx.timelineEvent.findMany({ where: { drillId: drill.id, kind: "alert.fired" }, orderBy: { seq: "desc" }, select: { ref: true } });
    const acked = await tx.timelineEvent.findMany({ where: { drillId: drill.id, kind: "alert.acknowledged" }, select: { ref: true, actorName: true, offsetMs: true } });
    const firedIds = fired.map((event) => event.ref?.replace(/^alert:/, "") ?? "");
    const target = alertId ?? firedIds.find((id) => !acked.some((event) => event.ref === `ack:${id}`));
    if (!target) throw new ConflictError(firedIds.length ? "Every alert that fired is acknowledged already." : "No alert has fired yet: there is nothing to acknowledge.");
    const alert = drill.script.alerts.find((candidate) => candidate.id === target);
    if (!alert) throw new NotFoundError("Scripted alert", target);
    if (!firedIds.includes(target)) throw new ConflictError(`"${alert.title}" has not fired yet.`);
    const earlier = acked.find((event) => event.ref === `ack:${target}`);
    if (earlier) throw new ConflictError(`"${alert.title}" was already acknowledged by ${earlier.actorName} at ${formatOffset(earlier.offsetMs ?? 0)}.`);

    const event = await appendEvent(tx, ctx, drill.id, { kind: "alert.acknowledged", ref: `ack:${target}`, body: { alertId: target, title: alert.title, ...(via ? { via } : {}) } });
    const first = !(await milestoneReached(tx, drill.id, "acknowledged"));
    if (first) await writeMilestone(tx, ctx, drill.id, { milestone: "acknowledged", note: `${ctx.actor.name} acknowledged "${alert.title}"`, evidenceSeq: event.id });
    const { id, source, severity, title, body } = alert;
    const atLabel = formatOffset(event.offsetMs ?? 0);
    await queueChannelPost(tx, channelOf(drill), { kind: "acknowledged", alertId: target, alert: { id, source, severity, title, body }, by: ctx.actor.name, atLabel });
    return { event, milestone: first };
  });
}
