import { describe, expect, it } from "vitest";
import { computeScorecard } from "./compute";
import { handBuiltScript, min, participant, TimelineBuilder } from "./hand-built-timeline";

const alice = participant("Alice");
const bob = participant("Bob");
const score = (timeline: TimelineBuilder) => computeScorecard({ script: handBuiltScript(), drill: { outcome: null, timeBoxMinutes: 45 }, events: timeline.events });

describe("per-alert acknowledgement", () => {
  it("gives each fired alert its time to acknowledge and who did it, or nothing when nobody did", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.fire(min(2), "alert-5xx", "5xx ratio > 5%");
    timeline.fire(min(3), "alert-threads", "Busy threads");
    timeline.fire(min(4), "alert-trend", "Match trend");
    timeline.acknowledge(min(7.5), "alert-threads", bob);
    timeline.acknowledge(min(5), "alert-5xx", alice);
    expect(score(timeline).alerts).toEqual([
      { alertId: "alert-5xx", title: "5xx ratio > 5%", firedOffsetMs: min(2), acknowledgedOffsetMs: min(5), timeToAcknowledgeMs: min(3), by: "Alice" },
      { alertId: "alert-threads", title: "Busy threads", firedOffsetMs: min(3), acknowledgedOffsetMs: min(7.5), timeToAcknowledgeMs: min(4.5), by: "Bob" },
      { alertId: "alert-trend", title: "Match trend", firedOffsetMs: min(4), acknowledgedOffsetMs: null, timeToAcknowledgeMs: null, by: null },
    ]);
  });

  it("pairs an alert fired twice with its own acknowledgements, in order", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.fire(min(2), "alert-5xx");
    timeline.acknowledge(min(3), "alert-5xx", alice);
    timeline.fire(min(10), "alert-5xx");
    timeline.acknowledge(min(12), "alert-5xx", bob);
    expect(score(timeline).alerts.map((alert) => [alert.timeToAcknowledgeMs, alert.by])).toEqual([
      [min(1), "Alice"],
      [min(2), "Bob"],
    ]);
  });
});

describe("hints and what followed them", () => {
  it("names the next milestone reached strictly after each hint and how long after", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.record(min(3), "acknowledged");
    timeline.add("hint.released", min(8), { hintId: "hint-io", number: 1, text: "Threads are blocked on I/O." });
    const impact = timeline.say(min(8), alice, "impact: login down");
    timeline.add("hint.released", min(15), { hintId: "hint-cache", number: 2, text: "Look at the cache client.", early: true });
    timeline.record(min(20), "mitigated");
    timeline.record(min(21), "impact_identified", { evidenceSeq: impact.id });
    timeline.add("hint.released", min(25), { hintId: "hint-late", number: 3, text: "Too late." });
    expect(score(timeline).hints).toEqual([
      { hintId: "hint-io", number: 1, text: "Threads are blocked on I/O.", releasedOffsetMs: min(8), early: false, next: { milestone: "mitigated", label: "Mitigated", afterMs: min(12) } },
      { hintId: "hint-cache", number: 2, text: "Look at the cache client.", releasedOffsetMs: min(15), early: true, next: { milestone: "mitigated", label: "Mitigated", afterMs: min(5) } },
      { hintId: "hint-late", number: 3, text: "Too late.", releasedOffsetMs: min(25), early: false, next: null },
    ]);
  });

  it("counts a milestone recorded after the fact at its evidence's time", () => {
    const timeline = new TimelineBuilder();
    timeline.start();
    timeline.add("hint.released", min(5), { hintId: "hint-io", number: 1, text: "I/O." });
    const evidence = timeline.say(min(9), alice, "root cause: packets dropped to the cache");
    timeline.end(min(30), "mitigated");
    timeline.record(min(45), "root_cause_identified", { evidenceSeq: evidence.id, afterTheFact: true, reason: "missed" });
    expect(score(timeline).hints[0]?.next).toEqual({ milestone: "root_cause_identified", label: "Root cause identified", afterMs: min(4) });
  });
});
