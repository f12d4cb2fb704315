import type { z } from "zod";
import { queueChannelPost } from "../../chat";
import type { Ctx } from "../../context";
import { nowOf } from "../../context";
import { InvalidStateError, NotFoundError } from "../../errors";
import { appendEvent } from "../../timeline/append";
import type { TimelineEventView } from "../../timeline/events";
import { parseOrThrow } from "../../validation";
import type { LockedDrill } from "../internal/lock";
import { mutateDrill } from "../internal/mutate";
import type { Tx } from "../../context/transaction";
import { channelOf, deliverAlert, deliverHint } from "./deliver";
import { itemTitle } from "./items";
import { delayItemSchema, type SCRIPT_ACTIONS } from "./schemas";
import { wakeScheduler } from "./wake";

interface ManageInput {
  drillId: string;
  itemId: string;
  action: (typeof SCRIPT_ACTIONS)[number];
  /** Only `delay` reads it. */
  data?: Partial<z.input<typeof delayItemSchema>>;
}

async function pendingItem(tx: Tx, drill: LockedDrill, itemId: string) {
  const item = await tx.scriptItem.findFirst({ where: { id: itemId, drillId: drill.id } });
  if (!item) throw new NotFoundError("Script item", itemId);
  if (item.status !== "pending") throw new InvalidStateError(`This ${item.kind} is already ${item.status}.`);
  return item;
}

/** The facilitator overrides the script: fire an item now, skip it, or push it later. */
export async function manageScriptItem({ ctx, input }: { ctx: Ctx; input: ManageInput }): Promise<TimelineEventView> {
  const delay = input.action === "delay" ? parseOrThrow(delayItemSchema, input.data) : undefined;
  const event = await mutateDrill(ctx, input.drillId, "manage_script", async (tx, drill) => {
    const item = await pendingItem(tx, drill, input.itemId);
    const ref = { kind: item.kind, id: item.itemId, title: itemTitle(drill.script, item.kind, item.itemId) };
    const now = nowOf(ctx);
    let event: TimelineEventView;
    if (input.action === "skip") {
      await tx.scriptItem.update({ where: { id: item.id }, data: { status: "skipped", resolvedAt: now } });
      event = await appendEvent(tx, ctx, drill.id, { kind: "script.item_skipped", body: { item: ref, reason: `skipped by ${ctx.actor.name}` } });
    } else if (input.action === "delay") {
      if (item.dueOffsetMs === null) throw new InvalidStateError("This alert waits for its injection step; delay it once that step has run.");
      const dueOffsetMs = item.dueOffsetMs + Math.round(delay!.minutes * 60_000);
      await tx.scriptItem.update({ where: { id: item.id }, data: { dueOffsetMs } });
      event = await appendEvent(tx, ctx, drill.id, { kind: "script.item_delayed", body: { item: ref, byMinutes: delay!.minutes, dueOffsetMs } });
    } else {
      if (item.kind === "timebox") throw new InvalidStateError("The time box cannot be fired early: end the drill instead.");
      const alert = drill.script.alerts.find((candidate) => candidate.id === item.itemId);
      const hint = drill.script.hints.find((candidate) => candidate.id === item.itemId);
      const delivery = item.kind === "alert" && alert ? await deliverAlert(tx, ctx, drill, alert, true) : hint ? await deliverHint(tx, ctx, drill, hint, true) : undefined;
      if (!delivery) throw new NotFoundError("Script item", item.itemId);
      await queueChannelPost(tx, channelOf(drill), delivery.post);
      event = delivery.event;
    }
    return event;
  });
  if (input.action === "delay") await wakeScheduler(input.drillId);
  return event;
}
