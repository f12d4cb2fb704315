import type { Tx } from "../../../db/transaction";

export const slackRef = (ts: string) => `slack:${ts}`;

/** The timeline event that mirrored the Slack message with this ts (null: it arrived before the drill knew the channel). */
export async function mirroredMessageSeq(tx: Tx, drillId: string, ts: string): Promise<number | null> {
  const event = await tx.timelineEvent.findFirst({ where: { drillId, ref: slackRef(ts), kind: "chat.message" }, select: { seq: true } });
  return event?.seq ?? null;
}
