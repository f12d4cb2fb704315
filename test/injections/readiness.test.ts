import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { ForbiddenError, NotFoundError, ValidationError } from "../../lib/errors";
import { dryRun } from "../../lib/injections/readiness/dry-run";
import { getReadiness } from "../../lib/injections/readiness/get-readiness";
import { verifyReadiness } from "../../lib/injections/readiness/verify-readiness";
import { listScenarios } from "../../lib/scenarios/list";
import { updateScenario } from "../../lib/scenarios/update";
import { admin, createTestScenario, marker, observer, rejectionOf, staffCtx } from "../factories";

const ctx = staffCtx();

/** A context whose clock the test moves, so "newest" is unambiguous. */
function clock(start = Date.parse("2026-11-25T09:00:00.000Z")) {
  let now = start;
  return { ctx: staffCtx(undefined, () => new Date(now)), tick: () => (now += 60_000) };
}

describe("readiness checklist", () => {
  it("starts with nothing verified", async () => {
    const { scenario } = await createTestScenario({ environment: { name: "stage-2", protected: true } });
    const readiness = await getReadiness({ ctx, input: { scenarioId: scenario.id } });
    expect(readiness).toMatchObject({
      scenarioId: scenario.id,
      currentRevision: 1,
      environment: { name: "stage-2", protected: true },
      items: { injection: null, signals: null, model_answer: null },
      history: [],
      dryRuns: [],
      summary: { injection: false, signals: false, modelAnswer: false, lastDryRun: null },
    });
  });

  it("keeps every verify and unverify as history; the newest per item is the state", async () => {
    const { scenario } = await createTestScenario();
    const time = clock();
    const verify = (data: unknown, actorCtx = time.ctx) => {
      time.tick();
      return verifyReadiness({ ctx: actorCtx, input: { scenarioId: scenario.id, data: data as never } });
    };
    const first = await verify({ item: "injection", verified: true, note: "  toxiproxy added 2s, p99 moved  " });
    expect(first).toMatchObject({ item: "injection", verified: true, verifiedBy: "Facilitator Fay", note: "toxiproxy added 2s, p99 moved", revision: 1, at: "2026-11-25T09:01:00.000Z" });
    await verify({ item: "signals", verified: true }, { ...time.ctx, actor: admin });
    expect(await rejectionOf(verify({ item: "signals", verified: false }, { ...time.ctx, actor: observer }))).toBeInstanceOf(ForbiddenError);
    await verify({ item: "injection", verified: false, note: "rollback left a toxic behind" });

    const readiness = await getReadiness({ ctx, input: { scenarioId: scenario.id } });
    expect(readiness.items.injection).toMatchObject({ verified: false, note: "rollback left a toxic behind" });
    expect(readiness.items.signals).toMatchObject({ verified: true, verifiedBy: "Admin Ada", note: "" });
    expect(readiness.items.model_answer).toBeNull();
    expect(readiness.history.map((check) => `${check.item}:${check.verified}`)).toEqual(["injection:false", "signals:true", "injection:true"]);
    expect(readiness.summary).toMatchObject({ injection: false, signals: true, modelAnswer: false });
    expect(await prisma().readinessCheck.count({ where: { scenarioId: scenario.id } })).toBe(3);
  });

  it("records the revision an item was verified on, so a later save shows it as older", async () => {
    const { scenario, definition } = await createTestScenario();
    await verifyReadiness({ ctx, input: { scenarioId: scenario.id, data: { item: "model_answer", verified: true } } });
    await updateScenario({ ctx, input: { id: scenario.id, baseRevision: 1, definition: { ...definition, summary: "changed" } } });
    const readiness = await getReadiness({ ctx, input: { scenarioId: scenario.id } });
    expect(readiness.currentRevision).toBe(2);
    expect(readiness.items.model_answer).toMatchObject({ verified: true, revision: 1 });
    expect((await verifyReadiness({ ctx, input: { scenarioId: scenario.id, data: { item: "model_answer", verified: true } } })).revision).toBe(2);
  });

  it("validates the item and the flag, and refuses participants and unknown scenarios", async () => {
    const { scenario } = await createTestScenario();
    const invalid = await rejectionOf(verifyReadiness({ ctx, input: { scenarioId: scenario.id, data: { item: "vibes", verified: "yes" } as never } }));
    expect(invalid).toBeInstanceOf(ValidationError);
    expect((invalid as ValidationError).problems.map((problem) => problem.path)).toEqual(["item", "verified"]);
    const participant = staffCtx({ type: "participant", id: "p-1", name: "Pat", drillId: "d-1" });
    expect(await rejectionOf(verifyReadiness({ ctx: participant, input: { scenarioId: scenario.id, data: { item: "signals", verified: true } } }))).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(verifyReadiness({ ctx, input: { scenarioId: "no-such-scenario", data: { item: "signals", verified: true } } }))).toBeInstanceOf(NotFoundError);
    expect(await rejectionOf(getReadiness({ ctx, input: { scenarioId: "no-such-scenario" } }))).toBeInstanceOf(NotFoundError);
  });

  it("lists the newest dry runs with their results", async () => {
    const { scenario } = await createTestScenario();
    const first = await dryRun({ ctx, input: { scenarioId: scenario.id, data: {} } });
    const second = await dryRun({ ctx, input: { scenarioId: scenario.id, data: {} } });
    const readiness = await getReadiness({ ctx, input: { scenarioId: scenario.id } });
    expect(readiness.dryRuns.map((run) => run.id)).toEqual([second.id, first.id]);
    expect(readiness.dryRuns[0]?.results).toHaveLength(4);
    expect(readiness.summary.lastDryRun).toEqual({ ok: true, at: second.finishedAt });
  });
});

describe("readiness in the scenario library", () => {
  it("shows each scenario's own state, the newest finished dry run, and ignores running ones", async () => {
    const tag = marker("readiness");
    const { scenario: ready } = await createTestScenario({ tags: [tag] });
    const { scenario: partial } = await createTestScenario({ tags: [tag] });
    const { scenario: untouched } = await createTestScenario({ tags: [tag] });
    const time = clock();
    for (const item of ["injection", "signals", "model_answer"] as const) {
      time.tick();
      await verifyReadiness({ ctx: time.ctx, input: { scenarioId: ready.id, data: { item, verified: true } } });
    }
    time.tick();
    await verifyReadiness({ ctx: time.ctx, input: { scenarioId: partial.id, data: { item: "signals", verified: true } } });
    time.tick();
    await verifyReadiness({ ctx: time.ctx, input: { scenarioId: partial.id, data: { item: "signals", verified: false } } });
    time.tick();
    await verifyReadiness({ ctx: time.ctx, input: { scenarioId: partial.id, data: { item: "model_answer", verified: true } } });
    const run = await dryRun({ ctx, input: { scenarioId: ready.id, data: {} } });
    await prisma().dryRun.create({ data: { scenarioId: ready.id, revision: 1, startedAt: new Date(Date.now() + 1000), startedBy: "x", results: [] } });
    await prisma().dryRun.create({ data: { scenarioId: partial.id, revision: 1, status: "failed", finishedAt: new Date("2026-11-20T10:00:00.000Z"), startedBy: "x", results: [] } });

    const listed = await listScenarios({ ctx, input: { q: tag } });
    const byId = new Map(listed.map((summary) => [summary.id, summary.readiness]));
    expect(byId.get(ready.id)).toEqual({ injection: true, signals: true, modelAnswer: true, lastDryRun: { ok: true, at: run.finishedAt } });
    expect(byId.get(partial.id)).toEqual({ injection: false, signals: false, modelAnswer: true, lastDryRun: { ok: false, at: "2026-11-20T10:00:00.000Z" } });
    expect(byId.get(untouched.id)).toEqual({ injection: false, signals: false, modelAnswer: false, lastDryRun: null });
  });
});
