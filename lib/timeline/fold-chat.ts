import type { TimelineEventView } from "./events";

export interface FoldedMessage {
  /** The latest text (after edits). */
  text: string;
  mentions: Record<string, string>;
  /** Earlier texts, oldest first, each with when it was replaced. */
  history: { text: string; replacedAt: string }[];
  deleted: boolean;
  reactions: { name: string; count: number }[];
}

/**
 * Reads a mirrored chat message as it stands now: the timeline is append-only, so edits, deletions
 * and reactions are later events pointing at the message; this folds them back onto it. They are
 * matched by Slack's ts, not only by seq: Slack delivers concurrently, so an edit can land first.
 */
export function foldChat(events: TimelineEventView[]): Map<number, FoldedMessage> {
  const folded = new Map<number, FoldedMessage>();
  const seqByTs = new Map<string, number>();
  const reactions = new Map<number, Map<string, number>>();
  for (const event of events) {
    if (event.kind !== "chat.message") continue;
    folded.set(event.id, { text: event.body.text, mentions: event.body.mentions ?? {}, history: [], deleted: false, reactions: [] });
    if (event.body.ts) seqByTs.set(event.body.ts, event.id);
  }
  for (const event of events) {
    if (event.kind !== "chat.edited" && event.kind !== "chat.deleted" && event.kind !== "chat.reaction") continue;
    const seq = event.body.messageSeq ?? seqByTs.get(event.body.ts);
    const message = seq === undefined ? undefined : folded.get(seq);
    if (!message || seq === undefined) continue;
    if (event.kind === "chat.edited") {
      message.history.push({ text: message.text, replacedAt: event.at });
      message.text = event.body.text;
      message.mentions = { ...message.mentions, ...(event.body.mentions ?? {}) };
    } else if (event.kind === "chat.deleted") {
      message.deleted = true;
    } else {
      const counts = reactions.get(seq) ?? new Map<string, number>();
      counts.set(event.body.reaction, Math.max(0, (counts.get(event.body.reaction) ?? 0) + (event.body.removed ? -1 : 1)));
      reactions.set(seq, counts);
      message.reactions = [...counts].filter(([, count]) => count > 0).map(([name, count]) => ({ name, count }));
    }
  }
  return folded;
}
