import { describe, expect, it } from "vitest";
import { getAnalytics } from "../../lib/analytics/get-analytics";
import { prisma } from "../../lib/db/client";
import { createDrill } from "../../lib/drills/create";
import { ValidationError } from "../../lib/errors";
import { createTestScenario, marker, rejectionOf, staffCtx } from "../factories";

const ctx = staffCtx();
const MIN = 60_000;

interface Known {
  startedAt: string;
  outcome?: "mitigated" | "failed" | "timed_out" | "aborted";
  teams?: string[];
  acknowledgeMs?: number | null;
  mitigateMs?: number | null;
  hintsUsed?: number;
  facilitator?: string;
  difficultyAvg?: number | null;
}

/** A scenario (unique team names per test) and a way to add closed drills of it with known figures. */
async function scenarioWithResults(declared: "introductory" | "intermediate" | "advanced" = "intermediate") {
  const { scenario } = await createTestScenario({ difficulty: declared, timeBoxMinutes: 60 }, ctx);
  const team = marker("team");
  const add = async (known: Known) => {
    const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id } });
    const startedAt = new Date(known.startedAt);
    await prisma().drill.update({ where: { id: drillId }, data: { status: "closed", outcome: known.outcome ?? "mitigated", startedAt, endedAt: startedAt, closedAt: startedAt } });
    await prisma().drillResult.create({
      data: {
        drillId,
        scenarioId: scenario.id,
        revision: 1,
        facilitator: known.facilitator ?? "Facilitator Fay",
        declaredDifficulty: declared,
        outcome: known.outcome ?? "mitigated",
        startedAt,
        endedAt: startedAt,
        closedAt: startedAt,
        durationMs: 30 * MIN,
        timeBoxMinutes: 60,
        teams: known.teams ?? [team],
        acknowledgeMs: known.acknowledgeMs ?? null,
        mitigateMs: known.mitigateMs ?? null,
        hintsUsed: known.hintsUsed ?? 0,
        criteriaMet: 0,
        criteriaTotal: 0,
        ratings: {},
        surveyAnswers: known.difficultyAvg === undefined ? 0 : 3,
        difficultyAvg: known.difficultyAvg ?? null,
        contentHash: "test",
      },
    });
    return drillId;
  };
  return { scenario, team, add };
}

describe("analytics across closed drills", () => {
  it("gives each scenario its runs, success rate, median times and hints, and a verdict only from 3 runs", async () => {
    const { scenario, add } = await scenarioWithResults("advanced");
    await add({ startedAt: "2026-10-03T09:00:00Z", mitigateMs: 10 * MIN, acknowledgeMs: 2 * MIN });
    await add({ startedAt: "2026-10-20T09:00:00Z", mitigateMs: 20 * MIN, acknowledgeMs: 4 * MIN, hintsUsed: 1 });
    const two = (await getAnalytics({ ctx, input: { filters: { scenarioId: scenario.id } } })).scenarios[0]!;
    expect(two).toMatchObject({ runs: 2, mitigated: 2, successRate: 1, hintsPerRun: 0.5, calibration: { verdict: "not_enough_runs" } });

    await add({ startedAt: "2026-11-02T09:00:00Z", outcome: "failed", mitigateMs: null, acknowledgeMs: 9 * MIN, hintsUsed: 2 });
    const view = await getAnalytics({ ctx, input: { filters: { scenarioId: scenario.id } } });
    const three = view.scenarios[0]!;
    expect(three).toMatchObject({ runs: 3, mitigated: 2, successRate: 0.667, hintsPerRun: 1 });
    expect(three.times.mitigate).toEqual({ n: 2, median: 15 * MIN, p25: 12.5 * MIN, p75: 17.5 * MIN });
    expect(three.times.acknowledge).toMatchObject({ n: 3, median: 4 * MIN });
    // Easy to mitigate early without many hints: declared advanced, it plays easier.
    expect(three.calibration).toMatchObject({ verdict: "easier_than_declared", declared: "advanced", runs: 3 });
    expect(view.drills).toBe(3);
    expect(view.outcomes).toEqual({ mitigated: 2, failed: 1 });
    expect(view.periods.map((period) => [period.period, period.drills])).toEqual([
      ["2026-10", 2],
      ["2026-11", 1],
    ]);
  });

  it("follows the filters: team, outcome, facilitator and a date range, empty ranges included", async () => {
    const { scenario, team, add } = await scenarioWithResults();
    const other = marker("other team");
    await add({ startedAt: "2026-09-01T10:00:00Z", teams: [team], acknowledgeMs: 3 * MIN });
    await add({ startedAt: "2026-09-15T10:00:00Z", teams: [team, other], acknowledgeMs: 5 * MIN, facilitator: "Hana" });
    await add({ startedAt: "2026-09-30T23:30:00Z", teams: [other], outcome: "timed_out" });
    const base = { scenarioId: scenario.id };
    expect((await getAnalytics({ ctx, input: { filters: { ...base, team } } })).drills).toBe(2);
    const trend = (await getAnalytics({ ctx, input: { filters: { ...base, team } } })).teams.find((entry) => entry.team === team)!;
    expect(trend.periods).toEqual([{ period: "2026-09", drills: 2, times: expect.objectContaining({ acknowledge: { n: 2, median: 4 * MIN, p25: 3.5 * MIN, p75: 4.5 * MIN } }) }]);
    expect((await getAnalytics({ ctx, input: { filters: { ...base, outcome: "timed_out" } } })).drills).toBe(1);
    expect((await getAnalytics({ ctx, input: { filters: { ...base, facilitator: "Hana" } } })).drills).toBe(1);
    expect((await getAnalytics({ ctx, input: { filters: { ...base, from: "2026-09-15", to: "2026-09-30" } } })).drills).toBe(2);
    const empty = await getAnalytics({ ctx, input: { filters: { ...base, from: "2027-01-01", to: "2027-01-31" } } });
    expect(empty).toMatchObject({ drills: 0, periods: [], teams: [], scenarios: [], outcomes: {} });
  });

  it("counts a drill still in review apart, never in the figures", async () => {
    const { scenario, add } = await scenarioWithResults();
    await add({ startedAt: "2026-08-01T10:00:00Z", mitigateMs: 10 * MIN });
    const { id: reviewing } = await createDrill({ ctx, input: { scenarioId: scenario.id } });
    await prisma().drill.update({ where: { id: reviewing }, data: { status: "in_review", outcome: "failed", startedAt: new Date("2026-08-02T10:00:00Z") } });
    const view = await getAnalytics({ ctx, input: { filters: { scenarioId: scenario.id } } });
    expect(view).toMatchObject({ drills: 1, notYetClosed: 1, outcomes: { mitigated: 1 } });
  });

  it("averages the survey over the drills that showed it, each drill once", async () => {
    const { scenario, add } = await scenarioWithResults();
    await add({ startedAt: "2026-07-01T10:00:00Z", difficultyAvg: 4 });
    await add({ startedAt: "2026-07-02T10:00:00Z", difficultyAvg: 2.5 });
    await add({ startedAt: "2026-07-03T10:00:00Z", difficultyAvg: null });
    const [july] = (await getAnalytics({ ctx, input: { filters: { scenarioId: scenario.id } } })).periods;
    expect(july!.survey).toMatchObject({ difficulty: 3.25, drills: 2 });
  });

  it("names a bad filter by its field", async () => {
    const error = await rejectionOf(getAnalytics({ ctx, input: { filters: { from: "2026-02-30", outcome: "won" as never, to: "2025-01-01" } } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems.map((problem) => problem.path).sort()).toEqual(["from", "outcome"]);
  });
});
