import type { Tx } from "../../../context/transaction";

export const slackRef = (ts: string) => `slack:${ts}`;

/** The timeline event that mirrored the Slack message with this ts (null: it arrived before the drill knew the channel). */
export async function mirroredMessageSeq(tx: Tx, drillId: string, ts: string): Promise<number | null> {
  const event = await tx.timelineEvent.findFirst({ where: { drillId, ref: slackRef(ts), kind: "chat.message" }, select: { seq: true } });
  return event?.seq ?? null;
}

/** The text a mirrored Slack message has now: its latest edit's, else its own; null when it was never mirrored. */
export async function mirroredText(tx: Tx, drillId: string, ts: string): Promise<string | null> {
  const latest = await tx.timelineEvent.findFirst({ where: { drillId, ref: slackRef(ts), kind: { in: ["chat.message", "chat.edited"] } }, orderBy: { seq: "desc" }, select: { body: true } });
  const text = (latest?.body as { text?: unknown } | undefined)?.text;
  return typeof text === "string" ? text : null;
}
