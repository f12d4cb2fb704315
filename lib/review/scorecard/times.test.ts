import { describe, expect, it } from "vitest";
import { computeScorecard } from "./compute";
import { FACILITATOR, handBuiltScript, min, participant, SYSTEM, TimelineBuilder } from "./hand-built-timeline";
import type { Scorecard } from "./types";

const alice = participant("Alice");
const bob = participant("Bob");
const script = handBuiltScript();

function score(timeline: TimelineBuilder, outcome: Scorecard["outcome"] = null): Scorecard {
  return computeScorecard({ script, drill: { outcome, timeBoxMinutes: 45 }, events: timeline.events });
}
const time = (card: Scorecard, key: string) => card.times.find((entry) => entry.key === key)!;

describe("what times are measured from", () => {
  it("is the start when no injection ran (a tabletop drill), and the first alert too", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.fire(min(2), "alert-5xx");
    timeline.fire(min(4), "alert-other");
    timeline.say(min(3), alice, "looking");
    const card = score(timeline);
    expect(card.reference).toEqual({ from: "start", offsetMs: 0, injectionStepId: null, firstAlertOffsetMs: min(2) });
    expect(time(card, "first_response")).toMatchObject({ offsetMs: min(3), fromReferenceMs: min(3), fromFirstAlertMs: min(1), source: "timeline", by: "Alice" });
  });

  it("skips a failed injection and measures from the first one that applied", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.inject(min(1), "inj-1", "failed");
    timeline.inject(min(3), "inj-2", "ok");
    timeline.inject(min(6), "inj-1");
    timeline.say(min(5), alice, "api is slow");
    const card = score(timeline);
    expect(card.reference).toMatchObject({ from: "injection", offsetMs: min(3), injectionStepId: "inj-2", firstAlertOffsetMs: null });
    expect(time(card, "first_response")).toMatchObject({ fromReferenceMs: min(2), fromFirstAlertMs: null });
  });

  it("counts a manual injection (no result) as applied", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.inject(min(2), "inj-1");
    expect(score(timeline).reference).toMatchObject({ from: "injection", offsetMs: min(2), injectionStepId: "inj-1" });
  });

  it("keeps a time before the injection negative instead of clamping it", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.say(min(1), alice, "something is off already");
    timeline.inject(min(4), "inj-1");
    expect(time(score(timeline), "first_response")).toMatchObject({ offsetMs: min(1), fromReferenceMs: -min(3) });
  });
});

describe("first response", () => {
  it("is the first message of a person in the channel: not staff, not another integration's bot", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.add("chat.message", min(1), { participantId: "p-bot", text: "deploy finished", format: "mrkdwn", ts: "1.1", threadTs: "1.1", parentSeq: null, mentions: {}, botId: "B1" }, participant("Deploybot", "p-bot"));
    timeline.add("note.added", min(1.5), { text: "quiet so far" }, FACILITATOR);
    timeline.say(min(4), bob, "on it");
    timeline.say(min(2), alice, "looking");
    expect(time(score(timeline), "first_response")).toMatchObject({ offsetMs: min(2), by: "Alice", seq: 5, source: "timeline" });
  });

  it("is missing when nobody spoke before the end, even if people talk in the hot wash", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.end(min(20), "failed");
    timeline.say(min(25), alice, "thanks all");
    expect(time(score(timeline, "failed"), "first_response")).toMatchObject({ offsetMs: null, fromReferenceMs: null, source: null, seq: null, by: null });
  });
});

describe("milestone times", () => {
  it("lists first response and then every milestone in order, reached or not", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    expect(score(timeline).times.map((entry) => [entry.key, entry.label])).toEqual([
      ["first_response", "First response"],
      ["acknowledged", "Acknowledged"],
      ["impact_identified", "Impact identified"],
      ["escalated", "Escalated"],
      ["mitigation_started", "Mitigation started"],
      ["mitigated", "Mitigated"],
      ["root_cause_identified", "Root cause identified"],
      ["recovered", "Recovered"],
    ]);
  });

  it("takes a recorded milestone at its evidence's time, by the evidence's author", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.inject(min(2), "inj-1");
    timeline.fire(min(4), "alert-5xx");
    const claim = timeline.say(min(12), alice, "bypassed the cache, 5xx dropping");
    timeline.record(min(14), "mitigated", { evidenceSeq: claim.id });
    expect(time(score(timeline), "mitigated")).toEqual({
      key: "mitigated",
      label: "Mitigated",
      offsetMs: min(12),
      fromReferenceMs: min(10),
      fromFirstAlertMs: min(8),
      source: "milestone",
      seq: claim.id,
      by: "Alice",
    });
  });

  it("takes a milestone without evidence at the moment it was recorded, by whoever recorded it", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    const recorded = timeline.record(min(9), "impact_identified", {}, bob);
    expect(time(score(timeline), "impact_identified")).toMatchObject({ offsetMs: min(9), source: "milestone", seq: recorded.id, by: "Bob" });
  });

  it("falls back to the first acknowledgement and the first escalation when those milestones were not recorded", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.fire(min(1), "alert-5xx");
    timeline.acknowledge(min(3), "alert-5xx", bob);
    const escalation = timeline.add("team.escalated", min(7), { team: "SRE", people: ["Sam"] }, alice);
    const card = score(timeline);
    expect(time(card, "acknowledged")).toMatchObject({ offsetMs: min(3), source: "timeline", seq: 3, by: "Bob" });
    expect(time(card, "escalated")).toMatchObject({ offsetMs: min(7), source: "timeline", seq: escalation.id, by: "Alice" });
  });

  it("prefers the recorded milestone over the fallback", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.fire(min(1), "alert-5xx");
    timeline.acknowledge(min(3), "alert-5xx", bob);
    timeline.record(min(2), "acknowledged", {}, FACILITATOR);
    expect(time(score(timeline), "acknowledged")).toMatchObject({ offsetMs: min(2), source: "milestone", by: "Fran" });
  });

  it("is not moved by events of kinds this build does not know, nor by the review", () => {
    const build = (extra: (timeline: TimelineBuilder) => void) => {
      const timeline = new TimelineBuilder();
      timeline.start();
      timeline.inject(min(2), "inj-1");
      timeline.fire(min(3), "alert-5xx");
      timeline.say(min(4), alice, "looking");
      timeline.acknowledge(min(5), "alert-5xx", alice);
      timeline.record(min(20), "mitigated");
      timeline.end(min(22), "mitigated");
      extra(timeline);
      return score(timeline, "mitigated");
    };
    const plain = build(() => {});
    const noisy = build((timeline) => {
      timeline.addUnknown("injection.executed.v2", min(1), { stepId: "inj-0" });
      timeline.addUnknown("chat.huddle", min(1), { participantId: "p-alice", text: "hi" });
      timeline.add("review.started", min(30), {}, FACILITATOR);
      timeline.add("answer.revealed", min(31), { rootCause: "x", modelAnswer: [] }, FACILITATOR);
      timeline.add("moment.starred", min(32), { seq: 4, starred: true }, FACILITATOR);
      timeline.add("answer.linked", min(33), { step: 0, verdict: "done", evidenceSeqs: [4], note: "" }, FACILITATOR);
      timeline.add("chat.message", min(34), { participantId: "p-bob", text: "first words, after the end" }, bob);
      timeline.add("alert.acknowledged", min(35), { alertId: "alert-5xx", title: "late" }, bob);
    });
    expect(noisy.times).toEqual(plain.times);
    expect(noisy.reference).toEqual(plain.reference);
    expect(noisy.timeBox).toEqual(plain.timeBox);
    expect(noisy.participation.people).toEqual(plain.participation.people);
  });

  it("counts a milestone recorded after the fact at its evidence's time, flagged as such", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.inject(min(1), "inj-1");
    const evidence = timeline.say(min(11), alice, "flag flipped, errors gone");
    timeline.end(min(15), "mitigated");
    timeline.add("review.started", min(40), {}, FACILITATOR);
    timeline.record(min(41), "mitigated", { evidenceSeq: evidence.id, afterTheFact: true, reason: "forgot to press it" });
    expect(time(score(timeline, "mitigated"), "mitigated")).toMatchObject({ offsetMs: min(11), fromReferenceMs: min(10), source: "after_the_fact", seq: evidence.id, by: "Alice" });
  });

  it("takes a corrected milestone at its corrected time, to an event or to an offset", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    const early = timeline.say(min(6), alice, "impact: logins failing for everyone");
    timeline.record(min(10), "impact_identified");
    timeline.record(min(12), "mitigated");
    timeline.add("milestone.corrected", min(13), { milestone: "impact_identified", fromOffsetMs: min(10), toOffsetMs: min(6), reason: "she said it first", toSeq: early.id });
    const correction = timeline.add("milestone.corrected", min(14), { milestone: "mitigated", fromOffsetMs: min(12), toOffsetMs: min(11), reason: "graphs recovered earlier" });
    const card = score(timeline);
    expect(time(card, "impact_identified")).toMatchObject({ offsetMs: min(6), source: "corrected", seq: early.id, by: "Alice" });
    expect(time(card, "mitigated")).toMatchObject({ offsetMs: min(11), source: "corrected", seq: correction.id, by: "Fran" });
  });

  it("keeps the latest of several corrections", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.record(min(10), "mitigated");
    timeline.add("milestone.corrected", min(11), { milestone: "mitigated", fromOffsetMs: min(10), toOffsetMs: min(8), reason: "a" });
    timeline.add("milestone.corrected", min(12), { milestone: "mitigated", fromOffsetMs: min(8), toOffsetMs: min(9), reason: "b" });
    expect(time(score(timeline), "mitigated").offsetMs).toBe(min(9));
  });

  it("ignores a correction of a milestone that was never recorded", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.add("milestone.corrected", min(5), { milestone: "recovered", fromOffsetMs: null, toOffsetMs: min(3), reason: "?" }, SYSTEM);
    expect(time(score(timeline), "recovered").offsetMs).toBeNull();
  });
});
