import { describe, expect, it } from "vitest";
import { computeScorecard } from "./compute";
import { FACILITATOR, handBuiltScript, min, participant, TimelineBuilder } from "./hand-built-timeline";

const alice = participant("Alice");
const bob = participant("Bob");
const minji = participant("김민지", "p-minji");
const score = (timeline: TimelineBuilder) => computeScorecard({ script: handBuiltScript(), drill: { outcome: null, timeBoxMinutes: 45 }, events: timeline.events });

describe("participation", () => {
  it("counts each person's messages and their first response from the reference, earliest responder first", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.inject(min(2), "inj-1");
    timeline.say(min(5), bob, "on it");
    timeline.say(min(4), alice, "looking");
    timeline.say(min(6), alice, "5xx up");
    timeline.say(min(1), minji, "스테이지가 느려요");
    timeline.add("chat.message", min(7), { participantId: "p-bot", text: "deployed", botId: "B1", format: "mrkdwn", ts: "1", threadTs: "1", parentSeq: null, mentions: {} }, participant("CI", "p-bot"));
    timeline.end(min(30), "mitigated");
    timeline.say(min(35), alice, "thanks all");
    expect(score(timeline).participation.people).toEqual([
      { name: "김민지", participantId: "p-minji", messages: 1, firstMessageOffsetMs: min(1), firstResponseMs: -min(1) },
      { name: "Alice", participantId: "p-alice", messages: 2, firstMessageOffsetMs: min(4), firstResponseMs: min(2) },
      { name: "Bob", participantId: "p-bob", messages: 1, firstMessageOffsetMs: min(5), firstResponseMs: min(3) },
    ]);
  });

  it("lists who escalated to whom and when", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    const sre = timeline.add("team.escalated", min(8), { team: "SRE", people: ["Sam", "Kim"] }, alice);
    const api = timeline.add("team.escalated", min(12), { team: "API seniors", people: ["Lee"] }, FACILITATOR);
    expect(score(timeline).participation.escalations).toEqual([
      { team: "SRE", people: ["Sam", "Kim"], by: "Alice", offsetMs: min(8), seq: sre.id },
      { team: "API seniors", people: ["Lee"], by: "Fran", offsetMs: min(12), seq: api.id },
    ]);
  });
});
