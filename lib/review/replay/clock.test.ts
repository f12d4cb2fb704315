import { describe, expect, it } from "vitest";
import type { TimelineEventView } from "../../timeline/events";
import { pausesOf, tAtClock } from "./clock";
import { clockAt } from "./types";

const MIN = 60_000;
const START = Date.UTC(2026, 10, 24, 10);

describe("tAtClock, the inverse of clockAt", () => {
  it("is the offset itself without pauses", () => {
    expect([0, 1, MIN, 45 * MIN].map((offset) => tAtClock([], offset))).toEqual([0, 1, MIN, 45 * MIN]);
  });

  it("places an offset reached at a pause's start at that start, and one a millisecond later after the pause", () => {
    const pauses = [{ from: 2 * MIN, to: 5 * MIN }];
    expect(tAtClock(pauses, 2 * MIN - 1)).toBe(2 * MIN - 1);
    expect(tAtClock(pauses, 2 * MIN)).toBe(2 * MIN);
    expect(tAtClock(pauses, 2 * MIN + 1)).toBe(5 * MIN + 1);
    expect(tAtClock(pauses, 4 * MIN)).toBe(7 * MIN);
    // The clock reads the same at the pause's end as at its start: that reading is placed at the start.
    expect(tAtClock(pauses, clockAt(pauses, 5 * MIN))).toBe(2 * MIN);
  });

  it("adds every earlier pause, also two that touch", () => {
    const pauses = [
      { from: MIN, to: 2 * MIN },
      { from: 3 * MIN, to: 3 * MIN + 30_000 },
      { from: 3 * MIN + 30_000, to: 4 * MIN },
    ];
    // Clock 1:00 at t 1:00; clock 2:00 at t 3:00 (after the first pause); clock 2:01 after both later ones, at t 4:01.
    expect([MIN, 2 * MIN, 2 * MIN + 1000].map((offset) => tAtClock(pauses, offset))).toEqual([MIN, 3 * MIN, 4 * MIN + 1000]);
  });

  it("round-trips with clockAt for every offset, and for every t outside a pause", () => {
    const pauses = [
      { from: 2 * MIN, to: 5 * MIN },
      { from: 9 * MIN, to: 9 * MIN + 1 },
      { from: 20 * MIN, to: 30 * MIN },
    ];
    for (let offset = 0; offset <= 40 * MIN; offset += 7_919) expect(clockAt(pauses, tAtClock(pauses, offset))).toBe(offset);
    for (const t of [0, 2 * MIN, 5 * MIN + 1, 9 * MIN + 2, 19 * MIN, 31 * MIN]) expect(tAtClock(pauses, clockAt(pauses, t))).toBe(t);
  });
});

const event = (id: number, kind: "drill.paused" | "drill.resumed", t: number) =>
  ({ id, drillId: "d", kind, audience: "staff", at: new Date(START + t).toISOString(), offsetMs: null, actor: { type: "facilitator", id: "f", name: "Fay" }, ref: null, body: kind === "drill.resumed" ? { pausedForMs: 0 } : {} }) as TimelineEventView;

describe("pausesOf", () => {
  it("pairs each pause with its resume, and runs one still open to the end", () => {
    const events = [event(1, "drill.paused", MIN), event(2, "drill.resumed", 3 * MIN), event(3, "drill.paused", 10 * MIN)];
    expect(pausesOf(events, START, 12 * MIN)).toEqual([
      { from: MIN, to: 3 * MIN },
      { from: 10 * MIN, to: 12 * MIN },
    ]);
  });

  it("ignores a resume without a pause and a second pause while paused", () => {
    const events = [event(1, "drill.resumed", MIN), event(2, "drill.paused", 2 * MIN), event(3, "drill.paused", 3 * MIN), event(4, "drill.resumed", 4 * MIN)];
    expect(pausesOf(events, START, 12 * MIN)).toEqual([{ from: 2 * MIN, to: 4 * MIN }]);
  });
});
