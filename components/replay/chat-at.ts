import type { FoldedMessage } from "@/lib/timeline/fold-chat";
import type { TimelineEventView } from "@/lib/timeline/events";

/** Everything that happened to one chat message, each with its moment `t`, so its state at any `t` is a short scan. */
export interface MessageHistory {
  /** The first text at the message's own moment, then each edit, ascending. */
  versions: { t: number; text: string; mentions: Record<string, string>; at: string }[];
  deletedAt: number | null;
  reactions: { t: number; name: string; delta: 1 | -1 }[];
}

/** A message as it read at the play head: its text then, and the earlier texts it had replaced by then. */
export type MessageAt = FoldedMessage & { exists: boolean };

type EventT = { event: TimelineEventView; t: number };

/**
 * Each message's history by its seq. Edits, deletions and reactions point at their message by seq or by Slack's ts
 * (Slack delivers concurrently, so one can be stored before its message, as lib/timeline/fold-chat.ts says); one
 * timed before its message counts from the message's own moment.
 */
export function chatHistories(timed: readonly EventT[]): Map<number, MessageHistory> {
  const histories = new Map<number, MessageHistory>();
  const messageT = new Map<number, number>();
  const seqByTs = new Map<string, number>();
  for (const { event, t } of timed) {
    if (event.kind !== "chat.message") continue;
    histories.set(event.id, { versions: [{ t, text: event.body.text, mentions: event.body.mentions ?? {}, at: event.at }], deletedAt: null, reactions: [] });
    messageT.set(event.id, t);
    if (event.body.ts) seqByTs.set(event.body.ts, event.id);
  }
  for (const { event, t: eventT } of timed) {
    if (event.kind !== "chat.edited" && event.kind !== "chat.deleted" && event.kind !== "chat.reaction") continue;
    const seq = event.body.messageSeq ?? seqByTs.get(event.body.ts);
    const history = seq === undefined ? undefined : histories.get(seq);
    if (!history || seq === undefined) continue;
    const t = Math.max(eventT, messageT.get(seq) ?? eventT);
    if (event.kind === "chat.edited") history.versions.push({ t, text: event.body.text, mentions: event.body.mentions ?? {}, at: event.at });
    else if (event.kind === "chat.deleted") history.deletedAt = history.deletedAt === null ? t : Math.min(history.deletedAt, t);
    else history.reactions.push({ t, name: event.body.reaction, delta: event.body.removed ? -1 : 1 });
  }
  for (const history of histories.values()) {
    history.versions.sort((a, b) => a.t - b.t);
    history.reactions.sort((a, b) => a.t - b.t);
  }
  return histories;
}

/** The message at `t`: the last text it had by then, deleted only if that had happened, reactions counted up to `t`. */
export function messageAt(history: MessageHistory, t: number): MessageAt {
  const { versions } = history;
  const first = versions[0];
  if (!first || first.t > t) return { exists: false, text: first?.text ?? "", mentions: first?.mentions ?? {}, history: [], deleted: false, reactions: [] };
  let current = 0;
  while (current + 1 < versions.length && versions[current + 1]!.t <= t) current++;
  const counts = new Map<string, number>();
  for (const reaction of history.reactions) {
    if (reaction.t > t) break;
    counts.set(reaction.name, Math.max(0, (counts.get(reaction.name) ?? 0) + reaction.delta));
  }
  let mentions: Record<string, string> = {};
  for (const version of versions.slice(0, current + 1)) mentions = { ...mentions, ...version.mentions };
  return {
    exists: true,
    text: versions[current]!.text,
    mentions,
    history: versions.slice(0, current).map((version, index) => ({ text: version.text, replacedAt: versions[index + 1]!.at })),
    deleted: history.deletedAt !== null && history.deletedAt <= t,
    reactions: [...counts].filter(([, count]) => count > 0).map(([name, count]) => ({ name, count })),
  };
}
