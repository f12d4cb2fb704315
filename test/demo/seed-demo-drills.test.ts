import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getAnalytics } from "../../lib/analytics/get-analytics";
import { systemActor, type Ctx } from "../../lib/context";
import { disconnectPrisma, prisma } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { DEMO_DRILLS } from "../../lib/demo/data/drills";
import { storyProblems } from "../../lib/demo/fit";
import { seedDemoDrills } from "../../lib/demo/seed-demo-drills";
import { listDrills } from "../../lib/drills/list";
import { renderReport } from "../../lib/review/get-report";
import { useDatabaseUrl } from "../../lib/env";
import { ForbiddenError } from "../../lib/errors";
import { referenceScenarios } from "../../lib/scenarios/seed-data/index";
import { seedReferenceScenarios } from "../../lib/scenarios/seed";
import { scenarioDefinitionSchema } from "../../lib/scenarios/schemas";
import { observer, rejectionOf, staffCtx } from "../factories";
import { createScratchDatabase, dropScratchDatabases } from "../scratch-database";

const system: Ctx = { actor: systemActor };
const MIN = 60_000;

/**
 * "No demo drill yet" is a question about the whole database, and the demo's drills would show in other files' global
 * lists: this file seeds an empty database of its own (it runs in its own worker, so nothing else uses the client).
 */
beforeAll(async () => {
  const url = await createScratchDatabase("demo");
  await migrate(url);
  await disconnectPrisma();
  useDatabaseUrl(url);
}, 60_000);

afterAll(async () => {
  await disconnectPrisma();
  useDatabaseUrl(inject("databaseUrl"));
  await dropScratchDatabases();
});

describe("seeded demo drills", () => {
  it("every story fits its reference scenario as shipped", () => {
    for (const story of DEMO_DRILLS) {
      const definition = scenarioDefinitionSchema.parse(referenceScenarios[Number(story.scenarioId.split("-").pop()) - 1]);
      expect(storyProblems(story, definition), story.key).toEqual([]);
    }
  });

  it("waits for the reference scenarios, refuses an observer, then seeds once: a second seeding adds nothing", async () => {
    expect(await seedDemoDrills({ ctx: system })).toEqual({ created: 0, skipped: "no_reference_scenarios" });
    expect(await rejectionOf(seedDemoDrills({ ctx: staffCtx(observer) }))).toBeInstanceOf(ForbiddenError);
    await seedReferenceScenarios({ ctx: system });

    const started = performance.now();
    const cpu = process.cpuUsage();
    const first = await seedDemoDrills({ ctx: system });
    const used = process.cpuUsage(cpu);
    console.log(`[demo seed] ${first.created} drills in ${((performance.now() - started) / 1000).toFixed(2)} s (this process's CPU: ${((used.user + used.system) / 1e6).toFixed(2)} s)`);
    expect(first).toEqual({ created: DEMO_DRILLS.length });
    const [again, concurrent] = await Promise.all([seedDemoDrills({ ctx: system }), seedDemoDrills({ ctx: system })]);
    expect([again, concurrent]).toEqual([{ created: 0, skipped: "present" }, { created: 0, skipped: "present" }]);
    expect(await prisma().drill.count({ where: { demo: true } })).toBe(DEMO_DRILLS.length);
  }, 120_000);

  it("leaves every demo drill closed, marked, with a result, a long ordered timeline and at least 3 survey answers", async () => {
    const drills = await prisma().drill.findMany({ where: { demo: true }, include: { result: true }, orderBy: { startedAt: "asc" } });
    expect(drills).toHaveLength(DEMO_DRILLS.length);
    const now = Date.now();
    for (const drill of drills) {
      expect(drill, drill.title).toMatchObject({ status: "closed", demo: true });
      expect(drill.title).toMatch(/^Demo · /);
      expect(drill.result, drill.title).not.toBeNull();
      expect(drill.result!.surveyAnswers).toBeGreaterThanOrEqual(3);
      expect(drill.result!.difficultyAvg).not.toBeNull();
      expect(drill.startedAt!.getTime()).toBeLessThan(now - 7 * 86_400_000);
      expect(drill.startedAt!.getTime()).toBeGreaterThan(now - 11 * 7 * 86_400_000);
      expect(drill.createdAt.getTime()).toBeLessThan(drill.startedAt!.getTime());
      const joined = await prisma().participant.findMany({ where: { drillId: drill.id }, select: { createdAt: true } });
      expect(joined.length).toBeGreaterThan(0);
      for (const { createdAt } of joined) expect(createdAt >= drill.startedAt! && createdAt <= drill.endedAt!, drill.title).toBe(true);
      const events = await prisma().timelineEvent.findMany({ where: { drillId: drill.id }, orderBy: { seq: "asc" }, select: { offsetMs: true, at: true } });
      const offsets = events.flatMap((event) => (event.offsetMs === null ? [] : [event.offsetMs]));
      expect(offsets, drill.title).toEqual([...offsets].sort((a, b) => a - b));
      expect(events.map((event) => event.at.getTime())).toEqual(events.map((event) => event.at.getTime()).sort((a, b) => a - b));
      const endedOffset = drill.endedAt!.getTime() - drill.startedAt!.getTime() - drill.pausedMs;
      expect(endedOffset, drill.title).toBeGreaterThan(15 * MIN);
      expect(endedOffset, drill.title).toBeLessThanOrEqual(45 * MIN);
    }
    const outcomes = drills.map((drill) => drill.outcome);
    expect(outcomes).toContain("failed");
    expect(Math.max(...drills.map((drill) => drill.result!.hintsUsed))).toBeGreaterThanOrEqual(3);
    const answers = await prisma().surveyAnswer.findMany({ where: { drillId: { in: drills.map((drill) => drill.id) } }, select: { anonymous: true } });
    expect(answers.some((answer) => answer.anonymous)).toBe(true);
  });

  it("follows Mina across drills, answering faster each time", async () => {
    const mina = await prisma().responderResult.findMany({ where: { personKey: "email:mina.kim@demo.drillroom" }, include: { drill: { select: { startedAt: true } } } });
    mina.sort((a, b) => a.drill.startedAt!.getTime() - b.drill.startedAt!.getTime());
    expect(mina.length).toBeGreaterThanOrEqual(3);
    const firstResponses = mina.map((result) => result.firstResponseMs!);
    const acknowledgements = mina.map((result) => result.acknowledgeMs!);
    for (let index = 1; index < mina.length; index += 1) {
      expect(firstResponses[index]).toBeLessThan(firstResponses[index - 1]!);
      expect(acknowledgements[index]).toBeLessThan(acknowledgements[index - 1]!);
    }
  });

  it("gives analytics periods, both teams and a scenario with a calibration verdict", async () => {
    const view = await getAnalytics({ ctx: staffCtx(), input: { filters: {} } });
    expect(view.drills).toBe(DEMO_DRILLS.length);
    expect(view.periods.length).toBeGreaterThanOrEqual(2);
    expect(view.teams.map((team) => team.team).sort()).toEqual(["API", "Match"]);
    expect(view.scenarios.length).toBe(3);
    expect(view.scenarios.some((scenario) => scenario.runs >= 3 && scenario.calibration.verdict !== "not_enough_runs")).toBe(true);
    expect(view.outcomes).toMatchObject({ failed: 1, mitigated: DEMO_DRILLS.length - 1 });
  });

  it("groups the game day, proves an action item by a re-drill and badges the drills in lists", async () => {
    const exercise = await prisma().exercise.findFirstOrThrow({ where: { name: { startsWith: "Demo · " } }, include: { drills: { select: { demo: true } } } });
    expect(exercise.drills).toHaveLength(2);
    const verified = await prisma().actionItem.findMany({ where: { verifiedDrillId: { not: null } } });
    expect(verified).toHaveLength(1);
    expect(verified[0]).toMatchObject({ status: "done", verifyMilestone: "root_cause_identified" });
    const redrill = await prisma().drill.findUniqueOrThrow({ where: { id: verified[0]!.verifiedDrillId! } });
    expect(redrill).toMatchObject({ demo: true, exerciseId: exercise.id });
    const listed = await listDrills({ ctx: staffCtx(), input: {} });
    expect(listed.filter((drill) => drill.demo)).toHaveLength(DEMO_DRILLS.length);
    // Closed without its PDF (six at launch would be slow): the first download renders and keeps it.
    const pdf = await renderReport({ ctx: staffCtx(), input: { drillId: redrill.id, format: "pdf" } });
    expect(pdf).toMatchObject({ final: true });
    expect(Buffer.from(pdf.body).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const markdown = await renderReport({ ctx: staffCtx(), input: { drillId: redrill.id, format: "markdown" } });
    expect(String(markdown.body).split("\n")[0]).toBe(`# Drill report: ${redrill.title} (demo data)`);
  });

  it("leaves nothing scheduled to fire into a demo drill", async () => {
    const drillIds = (await prisma().drill.findMany({ where: { demo: true }, select: { id: true } })).map((drill) => drill.id);
    expect(await prisma().scriptItem.count({ where: { drillId: { in: drillIds } } })).toBeGreaterThan(0);
    expect(await prisma().scriptItem.count({ where: { drillId: { in: drillIds }, status: "pending" } })).toBe(0);
    expect(await prisma().chatOutbox.count({ where: { drillId: { in: drillIds } } })).toBe(0);
    const [row] = await prisma().$queryRaw<{ boss: string | null }[]>`SELECT to_regclass('pgboss.job')::text AS boss`;
    if (row?.boss) {
      const jobs = await prisma().$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) FROM pgboss.job WHERE state IN ('created', 'retry') AND data->>'drillId' = ANY($1)`, drillIds);
      expect(Number(jobs[0]!.count)).toBe(0);
    }
  });
});
