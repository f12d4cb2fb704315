import { queueChannelPost } from "../../chat";
import type { Ctx } from "../../context";
import { nowOf } from "../../context";
import type { Tx } from "../../context/transaction";
import { appendEvent } from "../../timeline/append";
import type { TimelineEventView } from "../../timeline/events";
import type { LockedDrill } from "./lock";
import { channelOf } from "../script/deliver";
import { cancelPendingItems } from "../script/items";
import type { DrillOutcome } from "../../drill-model/state-machine";

/** The facilitator's closing note: for staff, unless they chose to share it with participants. */
export interface ClosingNote {
  note: string;
  shareNote?: boolean;
}

/**
 * Ends a drill inside the caller's transaction: the event first (so its offset is the final clock),
 * then the status and end time, and nothing left in the script fires by itself. The channel is told
 * (Slack: a summary, then the channel is archived) once the transaction commits; it shows the note only if shared.
 */
export async function finishDrill(tx: Tx, ctx: Ctx, drill: LockedDrill, outcome: DrillOutcome, closing: ClosingNote): Promise<TimelineEventView> {
  const endedAt = nowOf(ctx);
  const shared = closing.shareNote && closing.note.trim() ? closing.note : "";
  const body = { outcome, note: closing.note, ...(shared ? { noteShared: true as const } : {}) };
  const event = await appendEvent(tx, { ...ctx, now: () => endedAt }, drill.id, { kind: "drill.ended", body });
  // A drill ended while paused keeps the clock where the pause stopped it.
  await tx.drill.update({ where: { id: drill.id }, data: { status: outcome, outcome, endedAt } });
  await cancelPendingItems(tx, drill.id, endedAt);
  await queueChannelPost(tx, channelOf(drill), outcome === "aborted" ? { kind: "aborted", note: shared } : { kind: "ended", outcome, ...(shared ? { note: shared } : {}) });
  // The survey opens at the end, aborted drills included: how it went matters most when it went wrong.
  await queueChannelPost(tx, channelOf(drill), { kind: "feedback" });
  return event;
}
