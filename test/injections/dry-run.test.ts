import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { ConflictError, ForbiddenError, NotFoundError } from "../../lib/errors";
import { dryRun } from "../../lib/injections/readiness/dry-run";
import type { ScenarioDefinitionInput } from "../../lib/scenarios/schemas";
import { createTestScenario, rejectionOf, staffCtx } from "../factories";
import { startHttpTarget, type HttpTarget } from "../support/http-target";

const ctx = staffCtx();
type Injection = ScenarioDefinitionInput["injections"][number];

let target: HttpTarget;
beforeAll(async () => {
  target = await startHttpTarget((request) => {
    if (request.path.startsWith("/broken")) return { status: 500, body: '{"error":"toxiproxy exploded"}' };
    if (request.path.startsWith("/slow")) return "hang";
    return {};
  });
});
afterAll(() => target.close());

/** Requests the target received for one scenario (tests share the target; each scenario has its own path prefix). */
const receivedBy = (prefix: string) => target.received.filter((request) => request.path.startsWith(prefix));

function webhookStep(id: string, prefix: string, extra: Partial<Injection> = {}): Injection {
  return {
    id,
    name: `Step ${id}`,
    action: {
      kind: "webhook",
      method: "POST",
      url: `${target.url}${prefix}/{{step.id}}/apply`,
      headers: { "X-Scenario": "{{scenario.id}}" },
      body: '{"drill":"{{drill.id}}","title":"{{drill.title}}","scenario":"{{scenario.title}}","env":"{{environment.name}}","step":"{{step.name}}","phase":"{{step.phase}}","at":"{{drill.startedAt}}"}',
      timeoutSeconds: 5,
    },
    rollback: { kind: "webhook", method: "DELETE", url: `${target.url}${prefix}/{{step.id}}/apply?phase={{step.phase}}`, timeoutSeconds: 5 },
    ...extra,
  };
}

let prefixCount = 0;
const uniquePrefix = () => `/t${process.pid}-${++prefixCount}`;

describe("dry run", () => {
  it("calls each injection in order, then each rollback in reverse, and records every result", async () => {
    const prefix = uniquePrefix();
    const { scenario, definition } = await createTestScenario({
      environment: { name: "stage-eu", protected: false },
      injections: [
        webhookStep("inj-1", prefix),
        { id: "inj-2", name: "Drain the node", action: { kind: "manual", instructions: "kubectl drain" }, rollback: { kind: "manual", instructions: "kubectl uncordon" } },
        webhookStep("inj-3", prefix),
      ],
    });
    const run = await dryRun({ ctx, input: { scenarioId: scenario.id, data: {} } });

    expect(run).toMatchObject({ scenarioId: scenario.id, revision: 1, status: "passed", startedBy: "Facilitator Fay" });
    expect(run.finishedAt).not.toBeNull();
    expect(run.results.map((result) => [result.stepId, result.phase, result.outcome])).toEqual([
      ["inj-1", "injection", "ok"],
      ["inj-2", "injection", "skipped"],
      ["inj-3", "injection", "ok"],
      ["inj-3", "rollback", "ok"],
      ["inj-2", "rollback", "skipped"],
      ["inj-1", "rollback", "ok"],
    ]);
    expect(run.results[1]).toEqual({ stepId: "inj-2", stepName: "Drain the node", phase: "injection", kind: "manual", outcome: "skipped", message: "manual step: verify by hand" });
    const first = run.results[0]!;
    expect(first).toMatchObject({ kind: "webhook", method: "POST", status: 200, target: `${target.url}${prefix}/inj-1/apply` });
    expect(first.kind === "webhook" && first.latencyMs).toBeGreaterThanOrEqual(0);
    expect(first.kind === "webhook" && JSON.parse(first.responseExcerpt)).toMatchObject({ accepted: true });

    const calls = receivedBy(prefix);
    expect(calls.map((call) => `${call.method} ${call.path}`)).toEqual([
      `POST ${prefix}/inj-1/apply`,
      `POST ${prefix}/inj-3/apply`,
      `DELETE ${prefix}/inj-3/apply?phase=rollback`,
      `DELETE ${prefix}/inj-1/apply?phase=rollback`,
    ]);
    expect(JSON.parse(calls[0]!.body)).toEqual({
      drill: `dry-run-${run.id}`,
      title: "Dry run",
      scenario: definition.title,
      env: "stage-eu",
      step: "Step inj-1",
      phase: "injection",
      at: run.startedAt,
    });
    expect(calls[0]!.headers).toMatchObject({ "x-scenario": scenario.id, "content-type": "application/json", "user-agent": "drillroom" });
    expect(calls[2]!.body).toBe("");

    const row = await prisma().dryRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(row.status).toBe("passed");
    expect(row.results).toEqual(JSON.parse(JSON.stringify(run.results)));
  });

  it("marks the run failed when a target answers 500, and still runs every rollback", async () => {
    const prefix = uniquePrefix();
    const broken = webhookStep("inj-1", prefix);
    if (broken.action.kind === "webhook") broken.action.url = `${target.url}/broken${prefix}`;
    const { scenario } = await createTestScenario({ injections: [broken, webhookStep("inj-2", prefix)] });
    const run = await dryRun({ ctx, input: { scenarioId: scenario.id, data: {} } });
    expect(run.status).toBe("failed");
    expect(run.results.map((result) => result.outcome)).toEqual(["failed", "ok", "ok", "ok"]);
    expect(run.results[0]).toMatchObject({ status: 500, responseExcerpt: '{"error":"toxiproxy exploded"}', error: "the target answered HTTP 500" });
    expect(receivedBy(prefix).map((call) => call.path)).toEqual([`${prefix}/inj-2/apply`, `${prefix}/inj-2/apply?phase=rollback`, `${prefix}/inj-1/apply?phase=rollback`]);
  });

  it("records a timeout as a failed step with an error", async () => {
    const prefix = uniquePrefix();
    const slow = webhookStep("inj-1", prefix);
    slow.rollback = { kind: "webhook", method: "POST", url: `${target.url}/slow${prefix}`, timeoutSeconds: 1 };
    const { scenario } = await createTestScenario({ injections: [slow] });
    const run = await dryRun({ ctx, input: { scenarioId: scenario.id, data: {} } });
    expect(run.status).toBe("failed");
    expect(run.results[1]).toMatchObject({ phase: "rollback", outcome: "failed", status: null, error: "no response within 1 s (timed out)" });
  });

  it("passes a scenario of manual steps only, calling nothing", async () => {
    const { scenario } = await createTestScenario();
    const run = await dryRun({ ctx, input: { scenarioId: scenario.id, data: {} } });
    expect(run.status).toBe("passed");
    expect(run.results.map((result) => `${result.stepId}:${result.phase}:${result.outcome}`)).toEqual(["inj-1:injection:skipped", "inj-2:injection:skipped", "inj-2:rollback:skipped", "inj-1:rollback:skipped"]);
  });

  describe("against a protected environment", () => {
    const protectedScenario = (prefix: string) => createTestScenario({ environment: { name: "prod-eu", protected: true }, injections: [webhookStep("inj-1", prefix)] });

    it("refuses without the environment's name and calls nothing", async () => {
      const prefix = uniquePrefix();
      const { scenario } = await protectedScenario(prefix);
      const missing = await rejectionOf(dryRun({ ctx, input: { scenarioId: scenario.id, data: {} } }));
      expect(missing).toBeInstanceOf(ConflictError);
      expect(missing.message).toBe('This scenario runs against "prod-eu", a protected environment. Type its name to confirm the dry run.');
      const wrong = await rejectionOf(dryRun({ ctx, input: { scenarioId: scenario.id, data: { confirmEnvironment: "prod" } } }));
      expect(wrong).toBeInstanceOf(ConflictError);
      expect(wrong.message).toContain('Type "prod-eu" exactly');
      expect(receivedBy(prefix)).toEqual([]);
      expect(await prisma().dryRun.count({ where: { scenarioId: scenario.id } })).toBe(0);
    });

    it("runs when the facilitator types the name", async () => {
      const prefix = uniquePrefix();
      const { scenario } = await protectedScenario(prefix);
      const run = await dryRun({ ctx, input: { scenarioId: scenario.id, data: { confirmEnvironment: " prod-eu " } } });
      expect(run.status).toBe("passed");
      expect(receivedBy(prefix)).toHaveLength(2);
    });
  });

  it("refuses a second dry run while one is running, but not after a crashed one went stale", async () => {
    const { scenario } = await createTestScenario();
    const startedAt = new Date();
    const stuck = await prisma().dryRun.create({ data: { scenarioId: scenario.id, revision: 1, startedAt, startedBy: "Someone else", results: [] } });
    const busy = await rejectionOf(dryRun({ ctx, input: { scenarioId: scenario.id, data: {} } }));
    expect(busy).toBeInstanceOf(ConflictError);
    expect(busy.message).toContain("already running (started by Someone else)");

    const later = staffCtx(undefined, () => new Date(startedAt.getTime() + 10 * 60_000));
    expect((await dryRun({ ctx: later, input: { scenarioId: scenario.id, data: {} } })).status).toBe("passed");
    expect(await prisma().dryRun.findUniqueOrThrow({ where: { id: stuck.id } })).toMatchObject({ status: "failed" });
  });

  it("is for staff only, and reports unknown scenarios", async () => {
    const { scenario } = await createTestScenario();
    const participant = staffCtx({ type: "participant", id: "p-1", name: "Pat", drillId: "d-1" });
    expect(await rejectionOf(dryRun({ ctx: participant, input: { scenarioId: scenario.id, data: {} } }))).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(dryRun({ ctx, input: { scenarioId: "no-such-scenario", data: {} } }))).toBeInstanceOf(NotFoundError);
  });
});
