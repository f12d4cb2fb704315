import { describe, expect, it } from "vitest";
import { computeScorecard } from "./compute";
import { FACILITATOR, handBuiltScript, min, OBSERVER, participant, SYSTEM, TimelineBuilder } from "./hand-built-timeline";
import type { Scorecard } from "./types";

const alice = participant("Alice");
const score = (timeline: TimelineBuilder, outcome: Scorecard["outcome"], timeBoxMinutes = 40) =>
  computeScorecard({ script: handBuiltScript(), drill: { outcome, timeBoxMinutes }, events: timeline.events });

describe("the clock", () => {
  it("uses the end's offset against the time box and adds up the pauses", () => {
    const timeline = new TimelineBuilder();
    timeline.start(40);
    timeline.add("drill.paused", min(5), {});
    timeline.add("drill.resumed", min(5), { pausedForMs: min(3) });
    timeline.add("drill.paused", min(12), {});
    timeline.add("drill.resumed", min(12), { pausedForMs: 90_000 });
    timeline.end(min(30), "mitigated");
    timeline.add("note.added", min(55), { text: "written in the review", tags: ["insight"] }, OBSERVER);
    const card = score(timeline, "mitigated");
    expect(card.timeBox).toEqual({ minutes: 40, usedMs: min(30), fraction: 0.75 });
    expect(card.pausedMs).toBe(min(4.5));
    expect(card.outcome).toBe("mitigated");
  });

  it("uses the last event's offset while the drill has no end yet", () => {
    const timeline = new TimelineBuilder();
    timeline.start(40);
    timeline.say(min(10), alice, "still looking");
    timeline.addUnknown("future.kind", min(35));
    expect(score(timeline, null).timeBox).toEqual({ minutes: 40, usedMs: min(10), fraction: 0.25 });
  });

  it("reports a timed-out drill as having used its whole box, with nothing reached", () => {
    const timeline = new TimelineBuilder();
    timeline.start(40);
    timeline.inject(min(1), "inj-1");
    timeline.add("drill.ended", min(40), { outcome: "timed_out", note: "The time box expired." }, SYSTEM);
    const card = score(timeline, "timed_out");
    expect(card.outcome).toBe("timed_out");
    expect(card.timeBox.fraction).toBe(1);
    expect(card.aborted).toBe(false);
    expect(card.criteria.every((criterion) => !criterion.met && criterion.measuredMs === null)).toBe(true);
    expect(card.objectives.map((objective) => objective.suggested)).toEqual(["U", "U"]);
  });
});

describe("rollbacks and aborts", () => {
  it("lists rollbacks (during the abort, failed, or afterwards) and marks the drill aborted", () => {
    const timeline = new TimelineBuilder();
    timeline.start(40);
    timeline.inject(min(1), "inj-1");
    timeline.inject(min(2), "inj-2");
    timeline.add("drill.aborting", min(6), { note: "prod alarms", shareNote: true });
    timeline.add("rollback.executed", min(6), { stepId: "inj-2", name: "Black-hole the cache", note: "", during: "abort", method: "webhook", result: { outcome: "failed", error: "timeout" } });
    timeline.add("rollback.executed", min(6.5), { stepId: "inj-1", name: "Slow the cache", note: "", during: "abort" });
    timeline.add("drill.ended", min(7), { outcome: "aborted", note: "" }, FACILITATOR);
    timeline.add("rollback.executed", min(9), { stepId: "inj-2", name: "Black-hole the cache", note: "by hand", method: "manual" });
    const card = score(timeline, "aborted");
    expect(card.aborted).toBe(true);
    expect(card.rollbacks).toEqual([
      { stepId: "inj-2", name: "Black-hole the cache", offsetMs: min(6), duringAbort: true, failed: true },
      { stepId: "inj-1", name: "Slow the cache", offsetMs: min(6.5), duringAbort: true, failed: false },
      { stepId: "inj-2", name: "Black-hole the cache", offsetMs: min(9), duringAbort: false, failed: false },
    ]);
  });

  it("counts an abort still under way (no end yet) as aborted", () => {
    const timeline = new TimelineBuilder();
    timeline.start(40);
    timeline.add("drill.aborting", min(3), { note: "", shareNote: false });
    expect(score(timeline, null).aborted).toBe(true);
  });

  it("is not aborted when the drill ended normally", () => {
    const timeline = new TimelineBuilder();
    timeline.start(40);
    timeline.end(min(20), "failed");
    expect(score(timeline, "failed")).toMatchObject({ aborted: false, rollbacks: [] });
  });
});

describe("mistakes", () => {
  it("lists the notes tagged as mistakes, with the event each is about", () => {
    const timeline = new TimelineBuilder();
    timeline.start(40);
    const restart = timeline.say(min(4), alice, "restarting api-server");
    const note = timeline.add("note.added", min(5), { text: "restarted before cutting the dependency", tags: ["mistake", "insight"], pinnedSeq: restart.id }, OBSERVER);
    timeline.add("note.added", min(6), { text: "good escalation", tags: ["good_call"] }, OBSERVER);
    const unpinned = timeline.add("note.added", min(8), { text: "nobody owned comms", tags: ["mistake"] }, FACILITATOR);
    expect(score(timeline, null).mistakes).toEqual([
      { seq: note.id, offsetMs: min(5), aboutSeq: restart.id, text: "restarted before cutting the dependency", by: "Olga" },
      { seq: unpinned.id, offsetMs: min(8), aboutSeq: null, text: "nobody owned comms", by: "Fran" },
    ]);
  });
});
