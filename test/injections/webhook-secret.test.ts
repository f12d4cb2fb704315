import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { callerAs } from "../auth";
import { GET as getDrillRoute } from "../../app/api/drills/[id]/route";
import { GET as timelineRoute } from "../../app/api/drills/[id]/timeline/route";
import { GET as exportRoute } from "../../app/api/scenarios/[id]/export/route";
import { GET as getScenarioRoute } from "../../app/api/scenarios/[id]/route";
import { POST as revealRoute } from "../../app/api/scenarios/[id]/webhook-secret/reveal/route";
import { POST as rotateRoute } from "../../app/api/scenarios/[id]/webhook-secret/rotate/route";
import { GET as listScenariosRoute } from "../../app/api/scenarios/route";
import { prisma } from "../../lib/db/client";
import { abortDrill } from "../../lib/drills/abort-drill";
import { triggerInjection } from "../../lib/drills/injections/trigger-injection";
import { ForbiddenError } from "../../lib/errors";
import { logger } from "../../lib/logger";
import { dryRun } from "../../lib/injections/readiness/dry-run";
import { revealWebhookSecret } from "../../lib/injections/reveal-webhook-secret";
import { rotateWebhookSecret } from "../../lib/injections/rotate-webhook-secret";
import { createTestScenario, marker, rejectionOf, staffCtx } from "../factories";
import { startSignedTarget, type SignedTarget } from "../support/signed-target";
import { webhookDrill, webhookStep } from "../support/webhook-drill";

const facilitatorCaller = callerAs("facilitator");

const ctx = staffCtx();
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const get = (path: string) => new Request(`http://drillroom.test${path}`, { headers: facilitatorCaller.headers() });
const post = (path: string) => new Request(`http://drillroom.test${path}`, { headers: facilitatorCaller.headers(), method: "POST" });

let target: SignedTarget;
beforeAll(async () => {
  const seen = new Set<string>();
  // A /flaky injection fails once (so the retry path, and its logging, runs), then answers.
  target = await startSignedTarget((request) => {
    const first = !seen.has(request.path);
    seen.add(request.path);
    return request.path.includes("/flaky") && request.method === "POST" && first ? { status: 502, body: "once more" } : {};
  });
});
afterAll(() => target.close());
afterEach(() => vi.restoreAllMocks());

describe("the per-scenario webhook secret", () => {
  it("is made at creation, shown only on request, and rotated on request", async () => {
    const { scenario } = await createTestScenario();
    const revealed = await revealRoute(post(`/api/scenarios/${scenario.id}/webhook-secret/reveal`), withId(scenario.id));
    expect(revealed.status).toBe(200);
    expect(revealed.headers.get("cache-control")).toBe("no-store");
    const view = await revealed.json();
    expect(view).toEqual({
      scenarioId: scenario.id,
      secret: expect.stringMatching(/^whsec_[A-Za-z0-9_-]{43}$/),
      algorithm: "HMAC-SHA256",
      signedPayload: "${timestamp}.${rawBody}",
      headers: { signature: "x-drillroom-signature", timestamp: "x-drillroom-timestamp", delivery: "x-drillroom-delivery" },
    });

    const rotated = await (await rotateRoute(post(`/api/scenarios/${scenario.id}/webhook-secret/rotate`), withId(scenario.id))).json();
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(view.secret);
    expect((await revealWebhookSecret({ ctx, input: { scenarioId: scenario.id } })).secret).toBe(rotated.secret);
    expect((await rotateRoute(post("/api/scenarios/nope/webhook-secret/rotate"), withId("nope"))).status).toBe(404);
    expect((await createTestScenario()).scenario.id).not.toBe(scenario.id);
    expect((await revealWebhookSecret({ ctx, input: { scenarioId: (await createTestScenario()).scenario.id } })).secret).not.toBe(rotated.secret);
  });

  it("is not for participants", async () => {
    const { scenario } = await createTestScenario();
    const participant = staffCtx({ type: "participant", id: "p-1", name: "Pat", drillId: "d-1" });
    expect(await rejectionOf(revealWebhookSecret({ ctx: participant, input: { scenarioId: scenario.id } }))).toBeInstanceOf(ForbiddenError);
    expect(await rejectionOf(rotateWebhookSecret({ ctx: participant, input: { scenarioId: scenario.id } }))).toBeInstanceOf(ForbiddenError);
  });

  it("is left out of every ordinary query", async () => {
    const { scenario } = await createTestScenario();
    const row = await prisma().scenario.findUniqueOrThrow({ where: { id: scenario.id } });
    expect(row).not.toHaveProperty("webhookSecret");
    const inTransaction = await prisma().$transaction((tx) => tx.scenario.findUniqueOrThrow({ where: { id: scenario.id } }));
    expect(inTransaction).not.toHaveProperty("webhookSecret");
  });

  it("never appears in scenario or drill responses, exports, the timeline or the logs", async () => {
    const logged: unknown[] = [];
    for (const level of ["trace", "debug", "info", "warn", "error", "fatal"] as const) vi.spyOn(logger, level).mockImplementation((...args: unknown[]) => void logged.push(args));
    const token = marker("api-token");
    const { drillId, scenario, secret } = await webhookDrill(target, (p) => [webhookStep(target, `${p}/flaky`, "inj-1", { token }), webhookStep(target, p, "inj-2", { token })]);
    await triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-1" } }, options: { retry: { baseDelayMs: 1 } } });
    await triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-2" } } });
    await abortDrill({ ctx, input: { drillId, data: { confirm: true } } });
    await dryRun({ ctx, input: { scenarioId: scenario.id, data: {} }, options: { retry: { attempts: 1 } } });
    await revealWebhookSecret({ ctx, input: { scenarioId: scenario.id } });
    await rotateWebhookSecret({ ctx, input: { scenarioId: scenario.id } });
    const rotatedTo = (await revealWebhookSecret({ ctx, input: { scenarioId: scenario.id } })).secret;

    const bodies = [
      await (await getScenarioRoute(get(`/api/scenarios/${scenario.id}`), withId(scenario.id))).text(),
      await (await listScenariosRoute(get("/api/scenarios"), { params: Promise.resolve({}) })).text(),
      await (await exportRoute(get(`/api/scenarios/${scenario.id}/export`), withId(scenario.id))).text(),
      await (await exportRoute(get(`/api/scenarios/${scenario.id}/export?format=json`), withId(scenario.id))).text(),
      await (await getDrillRoute(get(`/api/drills/${drillId}`), withId(drillId))).text(),
      await (await timelineRoute(get(`/api/drills/${drillId}/timeline`), withId(drillId))).text(),
    ];
    const drill = JSON.parse(bodies[4]!);
    expect(drill.injectionRuns["inj-1"].injection.result).toMatchObject({ outcome: "ok", attempts: 2 });
    expect(bodies[5]).toContain("rollback.executed");
    for (const text of [...bodies, JSON.stringify(logged)]) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(rotatedTo);
      expect(text).not.toMatch(/sha256=[0-9a-f]{64}/);
    }
    // Step headers are part of the scenario document (and so of its export); what was sent is never recorded.
    for (const text of [bodies[5]!, JSON.stringify(logged)]) expect(text).not.toContain(token);
    expect(JSON.stringify(logged)).toContain("webhook secret revealed"); // the reveal itself is logged, without the secret
  });

  it("signs dry runs too, so a dry run proves the receiver's check", async () => {
    const { scenario, prefix } = await webhookDrill(target, (p) => [webhookStep(target, p, "inj-1")]);
    const run = await dryRun({ ctx, input: { scenarioId: scenario.id, data: {} } });
    expect(run.status).toBe("passed");
    expect(target.received(prefix).map((request) => [request.method, request.verified])).toEqual([["POST", true], ["DELETE", true]]);
  });
});
