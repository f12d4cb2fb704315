import { queueChannelPost } from "../chat";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import type { Tx } from "../db/transaction";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import type { LockedDrill } from "./mutate";
import { channelOf } from "./script/deliver";
import { cancelPendingItems } from "./script/items";
import type { DrillOutcome } from "./state-machine";

/**
 * Ends a drill inside the caller's transaction: the event first (so its offset is the final clock),
 * then the status and end time, and nothing left in the script fires by itself. The channel is told
 * (Slack: a summary, then the channel is archived) once the transaction commits.
 */
export async function finishDrill(tx: Tx, ctx: Ctx, drill: LockedDrill, outcome: DrillOutcome, note: string): Promise<TimelineEventView> {
  const endedAt = nowOf(ctx);
  const event = await appendEvent(tx, { ...ctx, now: () => endedAt }, drill.id, { kind: "drill.ended", body: { outcome, note } });
  // A drill ended while paused keeps the clock where the pause stopped it.
  await tx.drill.update({ where: { id: drill.id }, data: { status: outcome, endedAt } });
  await cancelPendingItems(tx, drill.id, endedAt);
  await queueChannelPost(tx, channelOf(drill), outcome === "aborted" ? { kind: "aborted", note } : { kind: "ended", outcome });
  return event;
}
