import { describe, expect, it } from "vitest";
import { calibrate, MIN_RUNS_FOR_CALIBRATION } from "./calibration";
import { quantile, spreadOf } from "./stats";

describe("spreadOf", () => {
  it("gives the median and the middle half by linear interpolation, ignoring what never happened", () => {
    expect(spreadOf([60, null, 10, 20])).toEqual({ n: 3, median: 20, p25: 15, p75: 40 });
    expect(spreadOf([])).toEqual({ n: 0, median: null, p25: null, p75: null });
    expect(quantile([5], 0.75)).toBe(5);
  });
});

describe("calibrate", () => {
  const run = { declared: "intermediate", successRate: 1, hintsPerRun: 0, timeShare: 0.2 };

  it("gives no verdict below the minimum number of runs", () => {
    expect(calibrate({ ...run, runs: MIN_RUNS_FOR_CALIBRATION - 1 })).toMatchObject({ verdict: "not_enough_runs", measured: null, because: "Not enough runs yet: 2 of the 3 a verdict needs." });
  });

  it("finds a scenario every team mitigates early without hints easier than an intermediate one", () => {
    expect(calibrate({ ...run, runs: 3 })).toMatchObject({ verdict: "easier_than_declared", measured: "introductory", hardness: 0.05 });
  });

  it("finds one teams mostly fail, with hints, harder than declared; and one nobody mitigates impossible", () => {
    expect(calibrate({ ...run, runs: 4, successRate: 0.25, hintsPerRun: 2, timeShare: 0.9 })).toMatchObject({ verdict: "harder_than_declared", measured: "advanced" });
    expect(calibrate({ ...run, runs: 3, successRate: 0, hintsPerRun: 3, timeShare: 1 })).toMatchObject({ verdict: "impossible", hardness: 1 });
  });

  it("says a scenario plays as declared when the measure lands in its third", () => {
    expect(calibrate({ ...run, runs: 5, successRate: 0.6, hintsPerRun: 1, timeShare: 0.6 })).toMatchObject({ verdict: "as_declared", measured: "intermediate" });
  });
});
