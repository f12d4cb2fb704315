import { authorize } from "../../auth/authorize";
import { queueChannelPost } from "../../chat";
import type { Ctx } from "../../context";
import { nowOf } from "../../context";
import { inTransaction } from "../../context/transaction";
import { appendEvent } from "../../timeline/append";
import { elapsedMs } from "../../drill-model/clock";
import { finishDrill } from "../internal/finish";
import type { Milestone } from "../../drill-model/milestone-names";
import { milestoneReached } from "../milestones/store";
import { lockDrill } from "../internal/lock";
import { channelOf, deliverAlert, deliverHint } from "./deliver";
import { itemTitle } from "./items";
import { dueAt } from "./wake";

export type FireOutcome = { outcome: "fired" | "skipped" | "ignored" } | { outcome: "not_due"; retryAt: Date };

// Timers and job polling may wake a moment early; this much early still counts as on time.
const EARLY_TOLERANCE_MS = 25;

/**
 * Fires one script item if, and only if, it is still pending and due on a running, unpaused drill.
 * Safe to call any number of times from any instance: the drill row lock and the item's status
 * make every item fire exactly once.
 */
export async function fireScriptItem({ ctx, input }: { ctx: Ctx; input: { itemId: string } }): Promise<FireOutcome> {
  authorize(ctx, "drill.run");
  const result = await inTransaction(ctx, async (tx) => {
    const found = await tx.scriptItem.findUnique({ where: { id: input.itemId }, select: { drillId: true } });
    if (!found) return { outcome: "ignored" as const };
    const drill = await lockDrill(tx, found.drillId);
    const item = await tx.scriptItem.findUnique({ where: { id: input.itemId } });
    if (!item || !drill || item.status !== "pending" || item.dueOffsetMs === null) return { outcome: "ignored" as const };
    if (drill.status !== "running" || !drill.startedAt || drill.pausedAt) return { outcome: "ignored" as const };
    const now = nowOf(ctx);
    if (elapsedMs(drill, now) + EARLY_TOLERANCE_MS < item.dueOffsetMs)
      return { outcome: "not_due" as const, retryAt: dueAt({ startedAt: drill.startedAt, pausedMs: drill.pausedMs }, item.dueOffsetMs) };

    const resolve = (status: "fired" | "skipped") => tx.scriptItem.update({ where: { id: item.id }, data: { status, resolvedAt: now } });
    const ref = { kind: item.kind, id: item.itemId, title: itemTitle(drill.script, item.kind, item.itemId) };

    if (item.unlessMilestone) {
      if (await milestoneReached(tx, drill.id, item.unlessMilestone as Milestone)) {
        await resolve("skipped");
        await appendEvent(tx, ctx, drill.id, { kind: "script.item_skipped", body: { item: ref, reason: `milestone "${item.unlessMilestone}" was already reached` } });
        return { outcome: "skipped" as const };
      }
    }

    if (item.kind === "timebox") {
      await finishDrill(tx, ctx, drill, "timed_out", { note: "The time box expired." });
    } else {
      const already = await tx.timelineEvent.findFirst({ where: { drillId: drill.id, ref: `${item.kind}:${item.itemId}` }, select: { seq: true } });
      if (already) {
        await resolve("fired");
        return { outcome: "ignored" as const };
      }
      const alert = drill.script.alerts.find((candidate) => candidate.id === item.itemId);
      const hint = drill.script.hints.find((candidate) => candidate.id === item.itemId);
      const delivery = item.kind === "alert" && alert ? await deliverAlert(tx, ctx, drill, alert) : item.kind === "hint" && hint ? await deliverHint(tx, ctx, drill, hint) : null;
      if (delivery) await queueChannelPost(tx, channelOf(drill), delivery.post);
    }
    await resolve("fired");
    return { outcome: "fired" as const };
  });
  return result.outcome === "not_due" ? { outcome: "not_due", retryAt: result.retryAt } : { outcome: result.outcome };
}
