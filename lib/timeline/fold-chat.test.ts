import { describe, expect, it } from "vitest";
import type { TimelineEventView } from "./events";
import { foldChat } from "./fold-chat";

let seq = 0;
const at = (minute: number) => new Date(Date.UTC(2026, 10, 24, 9, minute)).toISOString();
function event(kind: TimelineEventView["kind"], body: unknown, minute = 0): TimelineEventView {
  seq += 1;
  return { id: seq, drillId: "d", kind, audience: "everyone", at: at(minute), offsetMs: minute * 60_000, actor: { type: "participant", id: "p", name: "Alice" }, ref: null, body } as TimelineEventView;
}

describe("folding Slack edits, deletions and reactions onto their messages", () => {
  it("shows the latest text, keeps the history, marks deletion and counts reactions", () => {
    seq = 0;
    const message = event("chat.message", { participantId: "p", text: "redis is donw", format: "mrkdwn", ts: "1.1", threadTs: "1.1", parentSeq: null, mentions: {} }, 1);
    const other = event("chat.message", { participantId: "p", text: "looking", format: "mrkdwn", ts: "2.1", threadTs: "2.1", parentSeq: null, mentions: {} }, 2);
    const events = [
      message,
      other,
      event("chat.edited", { ts: "1.1", messageSeq: message.id, text: "redis is down <@U1>", mentions: { U1: "Bob" } }, 3),
      event("chat.reaction", { ts: "1.1", messageSeq: message.id, reaction: "eyes" }, 4),
      event("chat.reaction", { ts: "1.1", messageSeq: message.id, reaction: "eyes" }, 4),
      event("chat.reaction", { ts: "1.1", messageSeq: message.id, reaction: "+1" }, 4),
      event("chat.reaction", { ts: "1.1", messageSeq: message.id, reaction: "+1", removed: true }, 5),
      event("chat.deleted", { ts: "2.1", messageSeq: other.id }, 6),
      event("chat.edited", { ts: "9.9", messageSeq: null, text: "unknown message" }, 7),
      // Delivered before its message was mirrored: no seq, found by ts.
      event("chat.reaction", { ts: "3.1", messageSeq: null, reaction: "fire" }, 8),
      event("chat.message", { participantId: "p", text: "late", format: "mrkdwn", ts: "3.1", threadTs: "3.1", parentSeq: null, mentions: {} }, 8),
    ];
    const folded = foldChat(events);
    expect(folded.get(message.id)).toEqual({
      text: "redis is down <@U1>",
      mentions: { U1: "Bob" },
      history: [{ text: "redis is donw", replacedAt: at(3) }],
      deleted: false,
      reactions: [{ name: "eyes", count: 2 }],
    });
    expect(folded.get(other.id)).toMatchObject({ text: "looking", deleted: true });
    expect(folded.get(events.at(-1)!.id)).toMatchObject({ text: "late", reactions: [{ name: "fire", count: 1 }] });
    expect(folded.size).toBe(3);
  });
});
