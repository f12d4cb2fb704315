import { describe, expect, it } from "vitest";
import { elapsedMs, formatDuration, formatOffset, remainingMs, type ClockState } from "./clock";

const start = new Date("2026-11-24T10:00:00.000Z");
const at = (ms: number) => new Date(start.getTime() + ms);
const MIN = 60_000;

function clock(overrides: Partial<ClockState> = {}): ClockState {
  return { startedAt: start, endedAt: null, pausedAt: null, pausedMs: 0, timeBoxMinutes: 30, ...overrides };
}

describe("elapsedMs", () => {
  it("is zero before the drill starts", () => {
    expect(elapsedMs(clock({ startedAt: null }), at(5 * MIN))).toBe(0);
  });

  it("is wall time since the start while running", () => {
    expect(elapsedMs(clock(), at(4 * MIN + 7_000))).toBe(4 * MIN + 7_000);
  });

  it("subtracts time spent paused earlier", () => {
    expect(elapsedMs(clock({ pausedMs: 2 * MIN }), at(10 * MIN))).toBe(8 * MIN);
  });

  it("stands still while paused", () => {
    const paused = clock({ pausedAt: at(6 * MIN), pausedMs: MIN });
    expect(elapsedMs(paused, at(7 * MIN))).toBe(5 * MIN);
    expect(elapsedMs(paused, at(60 * MIN))).toBe(5 * MIN);
  });

  it("stops at the end", () => {
    const ended = clock({ endedAt: at(20 * MIN), pausedMs: 3 * MIN });
    expect(elapsedMs(ended, at(90 * MIN))).toBe(17 * MIN);
  });

  it("stops at the pause when a paused drill is ended", () => {
    const endedWhilePaused = clock({ pausedAt: at(12 * MIN), endedAt: at(15 * MIN), pausedMs: MIN });
    expect(elapsedMs(endedWhilePaused, at(90 * MIN))).toBe(11 * MIN);
  });

  it("never goes negative (a clock before the start)", () => {
    expect(elapsedMs(clock(), at(-MIN))).toBe(0);
  });
});

describe("remainingMs", () => {
  it("is the time box minus the elapsed time", () => {
    expect(remainingMs(clock(), at(0))).toBe(30 * MIN);
    expect(remainingMs(clock({ pausedMs: MIN }), at(11 * MIN))).toBe(20 * MIN);
  });

  it("goes negative in overtime", () => {
    expect(remainingMs(clock({ timeBoxMinutes: 5 }), at(6 * MIN))).toBe(-MIN);
  });

  it("is the full time box before the start", () => {
    expect(remainingMs(clock({ startedAt: null, timeBoxMinutes: 45 }), at(10 * MIN))).toBe(45 * MIN);
  });
});

describe("formatOffset and formatDuration", () => {
  it.each([
    [0, "T+00:00"],
    [999, "T+00:00"],
    [4 * MIN + 7_000, "T+04:07"],
    [59 * MIN + 59_000, "T+59:59"],
    [60 * MIN, "T+1:00:00"],
    [62 * MIN + 3_000, "T+1:02:03"],
    [10 * 60 * MIN + 5 * MIN, "T+10:05:00"],
    [-30_000, "T-00:30"],
    [-500, "T+00:00"],
    [-(61 * MIN + 1_000), "T-1:01:01"],
  ])("formatOffset(%i) is %s", (ms, expected) => {
    expect(formatOffset(ms)).toBe(expected);
  });

  it.each([
    [4 * MIN + 7_000, "04:07"],
    [62 * MIN + 3_000, "1:02:03"],
    [-90_000, "-01:30"],
    [-(2 * 60 * MIN), "-2:00:00"],
  ])("formatDuration(%i) is %s", (ms, expected) => {
    expect(formatDuration(ms)).toBe(expected);
  });
});
