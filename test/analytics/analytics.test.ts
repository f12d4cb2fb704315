import { describe, expect, it } from "vitest";
import { getAnalytics } from "../../lib/analytics/get-analytics";
import { prisma } from "../../lib/db/client";
import { createDrill } from "../../lib/drills/create";
import { ValidationError } from "../../lib/errors";
import { endDrill } from "../../lib/drills/end";
import { startDrill } from "../../lib/drills/start";
import { beginReview } from "../../lib/review/begin-review";
import { createTestUser } from "../auth";
import { marker, rejectionOf, staffCtx } from "../factories";
import { MIN, scenarioWithResults } from "./closed-drills";

const ctx = staffCtx();

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

  it("compares game days: each one's drills, outcomes, median times, hints, survey and action items, each with what it rests on", async () => {
    const { scenario, add } = await scenarioWithResults();
    const spring = await prisma().exercise.create({ data: { name: marker("Spring game day"), date: new Date("2026-04-10"), createdBy: "test" } });
    const autumn = await prisma().exercise.create({ data: { name: marker("Autumn game day"), date: new Date("2026-10-10"), createdBy: "test" } });
    const first = await add({ startedAt: "2026-04-10T09:00:00Z", exerciseId: spring.id, acknowledgeMs: 2 * MIN, escalateMs: 6 * MIN, mitigateMs: 20 * MIN, hintsUsed: 2, difficultyAvg: 4 });
    await add({ startedAt: "2026-04-10T13:00:00Z", exerciseId: spring.id, outcome: "failed", acknowledgeMs: 4 * MIN, hintsUsed: 1 });
    await add({ startedAt: "2026-10-10T09:00:00Z", exerciseId: autumn.id, acknowledgeMs: MIN, mitigateMs: 12 * MIN });
    await add({ startedAt: "2026-10-11T09:00:00Z" });
    const item = { title: "Fix the runbook", owner: "Ana", category: "tooling" as const, createdBy: "test" };
    await prisma().actionItem.create({ data: { ...item, drillId: first, status: "done", verifiedAt: new Date("2026-05-01T00:00:00Z") } });
    await prisma().actionItem.create({ data: { ...item, exerciseId: spring.id } });

    const view = await getAnalytics({ ctx, input: { filters: { scenarioId: scenario.id } } });
    expect(view.exercises.map((exercise) => exercise.exerciseId)).toEqual([autumn.id, spring.id]);
    expect(view.exercises[1]).toEqual({
      exerciseId: spring.id,
      name: spring.name,
      date: "2026-04-10",
      drills: 2,
      outcomes: { mitigated: 1, failed: 1 },
      times: {
        acknowledge: { n: 2, median: 3 * MIN, p25: 2.5 * MIN, p75: 3.5 * MIN },
        escalate: { n: 1, median: 6 * MIN, p25: 6 * MIN, p75: 6 * MIN },
        mitigate: { n: 1, median: 20 * MIN, p25: 20 * MIN, p75: 20 * MIN },
      },
      hintsPerDrill: 1.5,
      survey: { difficulty: 4, usefulness: null, enjoyment: null, drills: 1 },
      actionItems: { opened: 2, done: 1, verified: 1 },
    });
    expect(view.exercises[0]).toMatchObject({ drills: 1, outcomes: { mitigated: 1 }, actionItems: { opened: 0, done: 0, verified: 0 } });

    // Filtered to the failed drill, the spring game day rests on it alone; the autumn one drops out.
    const failed = await getAnalytics({ ctx, input: { filters: { scenarioId: scenario.id, outcome: "failed" } } });
    expect(failed.exercises).toEqual([expect.objectContaining({ exerciseId: spring.id, drills: 1, actionItems: { opened: 1, done: 0, verified: 0 } })]);
    expect((await getAnalytics({ ctx, input: { filters: { scenarioId: scenario.id, from: "2027-01-01" } } })).exercises).toEqual([]);
  });

  it("counts ended drills not closed yet by every filter: team on the roster, outcome, who started it, dates, demo", async () => {
    const { scenario } = await scenarioWithResults();
    const team = marker("roster team");
    const fay = await createTestUser("facilitator", marker("Fay"));
    const inReview = async (outcome: "mitigated" | "failed", who: typeof fay, demo = false) => {
      const { id: drillId } = await createDrill({ ctx: { actor: who.actor }, input: { scenarioId: scenario.id, roster: [{ name: "Ana", role: "active_responder", team }] } });
      await startDrill({ ctx: { actor: who.actor }, input: { drillId } });
      await endDrill({ ctx: { actor: who.actor }, input: { drillId, data: { outcome } } });
      await beginReview({ ctx: { actor: who.actor }, input: { drillId } });
      if (demo) await prisma().drill.update({ where: { id: drillId }, data: { demo } });
    };
    const other = await createTestUser("facilitator", fay.name);
    await inReview("mitigated", fay);
    await inReview("failed", fay, true);
    await inReview("failed", other);
    const count = async (filters: Record<string, string>) => (await getAnalytics({ ctx, input: { filters: { scenarioId: scenario.id, ...filters } } })).notYetClosed;
    expect(await count({})).toBe(3);
    expect(await count({ team })).toBe(3);
    expect(await count({ team: marker("nobody's team") })).toBe(0);
    expect(await count({ outcome: "failed" })).toBe(2);
    expect(await count({ facilitatorId: fay.id })).toBe(2);
    expect(await count({ facilitator: fay.name })).toBe(3);
    expect(await count({ demo: "exclude" })).toBe(2);
    expect(await count({ from: "2000-01-01", to: "2000-01-31" })).toBe(0);
  });

  it("keys the facilitator filter on the account: two people of one name stay apart, and the choice shows their emails", async () => {
    const { scenario, add } = await scenarioWithResults();
    const name = marker("Sam");
    const [one, two] = [await createTestUser("facilitator", name), await createTestUser("facilitator", name)];
    await add({ startedAt: "2026-06-01T10:00:00Z", facilitator: name, facilitatorId: one.id });
    await add({ startedAt: "2026-06-02T10:00:00Z", facilitator: name, facilitatorId: two.id });
    await add({ startedAt: "2026-06-03T10:00:00Z", facilitator: name, facilitatorId: two.id });
    const drills = async (filters: Record<string, string>) => (await getAnalytics({ ctx, input: { filters: { scenarioId: scenario.id, ...filters } } })).drills;
    expect(await drills({ facilitatorId: one.id })).toBe(1);
    expect(await drills({ facilitatorId: two.id })).toBe(2);
    // An address made before ids were kept carries the name: it still works, for everyone of that name.
    expect(await drills({ facilitator: name })).toBe(3);
    const { choices } = await getAnalytics({ ctx, input: { filters: {} } });
    expect(choices.facilitators.filter((choice) => choice.name === name).sort((a, b) => a.label.localeCompare(b.label))).toEqual(
      [
        { facilitatorId: one.id, name, label: `${name} (${one.email})` },
        { facilitatorId: two.id, name, label: `${name} (${two.email})` },
      ].sort((a, b) => a.label.localeCompare(b.label)),
    );
  });

  it("leaves demo drills out when asked, and says how many of those counted are demo data", async () => {
    const { scenario, add } = await scenarioWithResults();
    await add({ startedAt: "2026-05-01T10:00:00Z", demo: true });
    await add({ startedAt: "2026-05-02T10:00:00Z" });
    expect(await getAnalytics({ ctx, input: { filters: { scenarioId: scenario.id } } })).toMatchObject({ drills: 2, demoDrills: 1 });
    expect(await getAnalytics({ ctx, input: { filters: { scenarioId: scenario.id, demo: "include" } } })).toMatchObject({ drills: 2, demoDrills: 1 });
    expect(await getAnalytics({ ctx, input: { filters: { scenarioId: scenario.id, demo: "exclude" } } })).toMatchObject({ drills: 1, demoDrills: 0 });
  });

  it("names a bad filter by its field", async () => {
    const error = await rejectionOf(getAnalytics({ ctx, input: { filters: { from: "2026-02-30", outcome: "won" as never, to: "2025-01-01", demo: "only" as never, facilitatorId: "a\u0000b" } } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).problems.map((problem) => problem.path).sort()).toEqual(["demo", "facilitatorId", "from", "outcome"]);
  });
});
