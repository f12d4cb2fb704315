import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../../lib/db/client";
import { fireAlert } from "../../../lib/drills/fire-alert";
import { getDrill } from "../../../lib/drills/get";
import { runRollback } from "../../../lib/drills/injections/run-rollback";
import { getTimeline } from "../../../lib/drills/timeline";
import { triggerInjection } from "../../../lib/drills/injections/trigger-injection";
import { ConflictError } from "../../../lib/errors";
import { rejectionOf, staffCtx } from "../../factories";
import { startSignedTarget, type SignedTarget } from "../../support/signed-target";
import { manualStep, webhookDrill, webhookStep } from "../../support/webhook-drill";

const ctx = staffCtx();
/** Retries without the production backoff: the delays themselves are unit-tested. */
const options = { retry: { baseDelayMs: 1 } };
const trigger = (drillId: string, data: Record<string, unknown>) => triggerInjection({ ctx, input: { drillId, data: data as never }, options });
const staffTimeline = (drillId: string) => getTimeline({ ctx, input: { drillId, viewer: "staff" } });

let target: SignedTarget;
const attemptsSeen = new Map<string, number>();
beforeAll(async () => {
  // Paths tell the target how to behave: /flaky answers 503 once, /broken 500 always, /refuse 400, /slow after 700 ms, /hang never.
  target = await startSignedTarget((request) => {
    const seen = (attemptsSeen.get(request.path) ?? 0) + 1;
    attemptsSeen.set(request.path, seen);
    if (request.path.includes("/flaky")) return seen === 1 ? { status: 503, body: "warming up" } : {};
    if (request.path.includes("/broken")) return { status: 500, body: "toxiproxy exploded" };
    if (request.path.includes("/refuse")) return { status: 400, body: '{"error":"unknown toxic type"}' };
    if (request.path.includes("/slow")) return { delayMs: 700 };
    if (request.path.includes("/hang")) return "hang";
    return {};
  });
});
afterAll(() => target.close());

describe("webhook injections in a drill", () => {
  it("calls the target once, signed, with the drill's values rendered, and puts the result on the timeline", async () => {
    const { drillId, prefix, scenario, definition } = await webhookDrill(target, (p) => [webhookStep(target, p, "inj-1")], { environment: { name: "stage-eu", protected: false } });
    const event = await trigger(drillId, { stepId: "inj-1" });

    const [request, ...more] = target.received(prefix);
    expect(more).toEqual([]);
    expect(request).toMatchObject({ method: "POST", path: `${prefix}/inj-1/inject`, verified: true });
    const drill = await getDrill({ ctx, input: { id: drillId } });
    expect(JSON.parse(request!.body)).toEqual({
      drill: drillId,
      title: drill.title,
      startedAt: drill.clock.startedAt,
      scenario: scenario.id,
      scenarioTitle: definition.title,
      env: "stage-eu",
      step: "inj-1",
      stepName: "Step inj-1",
      phase: "injection",
    });
    expect(request!.deliveryId).toMatch(/^[0-9a-f-]{36}$/);

    expect(event).toMatchObject({ kind: "injection.executed", ref: "injection:inj-1", body: { stepId: "inj-1", method: "webhook", result: { outcome: "ok", status: 200, attempts: 1 } } });
    expect(event.kind === "injection.executed" && event.body.result?.latencyMs).toBeGreaterThanOrEqual(0);
    expect(event.kind === "injection.executed" && JSON.parse(event.body.result!.responseExcerpt!)).toMatchObject({ accepted: true });
    expect(drill.progress.injections["inj-1"]).toMatchObject({ seq: event.id });
    expect(drill.injectionRuns["inj-1"]).toMatchObject({ injection: { status: "ok", method: "webhook", seq: event.id, round: 1, result: { outcome: "ok", status: 200 } }, rollback: null });
    expect(drill.environment).toEqual({ name: "stage-eu", protected: false });
  });

  it("retries a 5xx and succeeds on the second attempt, under one delivery id", async () => {
    const { drillId, prefix } = await webhookDrill(target, (p) => [webhookStep(target, `${p}/flaky`, "inj-1")]);
    const event = await trigger(drillId, { stepId: "inj-1" });
    expect(event.body).toMatchObject({ result: { outcome: "ok", status: 200, attempts: 2 } });
    const requests = target.received(prefix);
    expect(requests.map((request) => request.verified)).toEqual([true, true]);
    expect(new Set(requests.map((request) => request.deliveryId)).size).toBe(1);
  });

  it("does not retry a 4xx: the injection failed, is on the timeline without marking the step done, and may run again", async () => {
    const { drillId, prefix } = await webhookDrill(target, (p) => [webhookStep(target, `${p}/refuse`, "inj-1"), webhookStep(target, p, "inj-2")]);
    const failed = await trigger(drillId, { stepId: "inj-1" });
    expect(failed).toMatchObject({ ref: null, body: { method: "webhook", result: { outcome: "failed", status: 400, attempts: 1, responseExcerpt: '{"error":"unknown toxic type"}', error: "the target answered HTTP 400" } } });
    expect(target.received(prefix)).toHaveLength(1);
    const drill = await getDrill({ ctx, input: { id: drillId } });
    expect(drill.progress.injections["inj-1"]).toBeUndefined();
    expect(drill.injectionRuns["inj-1"]?.injection).toMatchObject({ status: "failed", result: { status: 400 } });

    const again = await trigger(drillId, { stepId: "inj-1" });
    expect(again.body).toMatchObject({ result: { outcome: "failed", status: 400 } });
    const deliveries = target.received(prefix).map((request) => request.deliveryId);
    expect(deliveries).toHaveLength(2);
    expect(deliveries[0]).not.toBe(deliveries[1]); // a new run is a new delivery
    expect((await getDrill({ ctx, input: { id: drillId } })).injectionRuns["inj-1"]?.injection?.round).toBe(2);
  });

  it("records a timeout as a failed injection after its retries", async () => {
    const { drillId, prefix } = await webhookDrill(target, (p) => [webhookStep(target, `${p}/hang`, "inj-1", { timeoutSeconds: 1 })]);
    const event = await triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-1" } }, options: { retry: { attempts: 2, baseDelayMs: 1 } } });
    expect(event.body).toMatchObject({ result: { outcome: "failed", attempts: 2, error: "no response within 1 s (timed out)" } });
    expect(event.kind === "injection.executed" && event.body.result?.status).toBeUndefined();
    expect(target.received(prefix)).toHaveLength(2);
  });

  it("a target refuses a stale signature, and drillroom does not retry the 401", async () => {
    const { drillId, prefix } = await webhookDrill(target, (p) => [webhookStep(target, p, "inj-1")]);
    const tenMinutesAgo = () => new Date(Date.now() - 10 * 60_000);
    const event = await triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-1" } }, options: { ...options, now: tenMinutesAgo } });
    expect(event.body).toMatchObject({ result: { outcome: "failed", status: 401, attempts: 1 } });
    expect(target.received(prefix)[0]).toMatchObject({ verified: false, problem: "stale timestamp" });
  });

  it("runs the webhook once when triggered twice at the same moment", async () => {
    const { drillId, prefix } = await webhookDrill(target, (p) => [webhookStep(target, `${p}/slow`, "inj-1")]);
    const results = await Promise.allSettled([trigger(drillId, { stepId: "inj-1" }), trigger(drillId, { stepId: "inj-1" })]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    const refused = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(ConflictError);
    expect(refused.reason.message).toBe('Injection "Step inj-1" is already running (started by Facilitator Fay).');
    expect(target.received(prefix)).toHaveLength(1);
    const after = await rejectionOf(trigger(drillId, { stepId: "inj-1" }));
    expect(after.message).toMatch(/^Injection "Step inj-1" already happened at T\+00:0\d\.$/);
    expect((await staffTimeline(drillId)).filter((event) => event.kind === "injection.executed")).toHaveLength(1);
  });

  it("never holds the drill's lock during the call: other actions go through meanwhile", async () => {
    const { drillId } = await webhookDrill(target, (p) => [webhookStep(target, `${p}/slow`, "inj-1")], {
      alerts: [{ id: "alert-1", offsetMinutes: 2, source: "grafana", severity: "warning", title: "p99 up", body: "" }],
    });
    const injection = trigger(drillId, { stepId: "inj-1" });
    await new Promise((resolve) => setTimeout(resolve, 100)); // the call is in flight
    const alert = await fireAlert({ ctx, input: { drillId, data: { alertId: "alert-1" } } });
    const injected = await injection;
    expect(alert.id).toBeLessThan(injected.id); // the alert committed while the slow target was still answering
  });

  it("starts the alerts timed from an injection once it succeeded, not when it failed", async () => {
    const { drillId } = await webhookDrill(target, (p) => [webhookStep(target, p, "inj-1"), webhookStep(target, `${p}/refuse`, "inj-2")], {
      alerts: [
        { id: "after-1", offsetMinutes: 2, relativeTo: "inj-1", source: "grafana", severity: "warning", title: "after one", body: "" },
        { id: "after-2", offsetMinutes: 2, relativeTo: "inj-2", source: "grafana", severity: "warning", title: "after two", body: "" },
      ],
    });
    const ok = await trigger(drillId, { stepId: "inj-1" });
    await trigger(drillId, { stepId: "inj-2" });
    const items = await prisma().scriptItem.findMany({ where: { drillId, kind: "alert" }, orderBy: { itemId: "asc" } });
    expect(items.map((item) => [item.itemId, item.dueOffsetMs])).toEqual([
      ["after-1", (ok.offsetMs ?? 0) + 2 * 60_000],
      ["after-2", null],
    ]);
  });

  it("takes over a run a crashed process left running, under the same delivery id", async () => {
    const { drillId, prefix } = await webhookDrill(target, (p) => [webhookStep(target, p, "inj-1")]);
    const startedAt = new Date(Date.now() - 10 * 60_000); // longer ago than the step could take with every retry
    await prisma().injectionRun.create({ data: { drillId, stepId: "inj-1", phase: "injection", method: "webhook", deliveryId: "delivery-before-crash", startedBy: "Someone", startedAt } });
    const event = await trigger(drillId, { stepId: "inj-1" });
    expect(event.body).toMatchObject({ result: { outcome: "ok" } });
    expect(target.received(prefix).map((request) => request.deliveryId)).toEqual(["delivery-before-crash"]);
    expect((await getDrill({ ctx, input: { id: drillId } })).injectionRuns["inj-1"]?.injection).toMatchObject({ status: "ok", round: 2, startedBy: "Facilitator Fay" });
  });

  it("marks a manual step done with its note, as before", async () => {
    const { drillId } = await webhookDrill(target, () => [manualStep("inj-1")]);
    const event = await trigger(drillId, { stepId: "inj-1", note: " ran it on stage " });
    expect(event).toMatchObject({ kind: "injection.executed", ref: "injection:inj-1", body: { stepId: "inj-1", note: "ran it on stage", method: "manual" } });
    expect((await getDrill({ ctx, input: { id: drillId } })).injectionRuns["inj-1"]?.injection).toMatchObject({ status: "ok", method: "manual", result: null });
  });
});

describe("a protected environment", () => {
  const protectedDrill = () => webhookDrill(target, (p) => [webhookStep(target, p, "inj-1"), manualStep("inj-2")], { environment: { name: "prod-eu", protected: true } });

  it("refuses injections until the environment's name is typed, and keeps every refusal on the timeline", async () => {
    const { drillId, prefix } = await protectedDrill();
    const missing = await rejectionOf(trigger(drillId, { stepId: "inj-1" }));
    expect(missing).toBeInstanceOf(ConflictError);
    expect(missing.message).toBe('This drill runs against "prod-eu", a protected environment. Type "prod-eu" to confirm, then run the injection.');
    const wrong = await rejectionOf(trigger(drillId, { stepId: "inj-2", confirmEnvironment: "prod" }));
    expect(wrong.message).toBe('"prod" is not this drill\'s environment. Type "prod-eu" exactly to run the injection.');
    expect(target.received(prefix)).toEqual([]);

    const override = await trigger(drillId, { stepId: "inj-1", confirmEnvironment: " prod-eu " });
    expect(override.body).toMatchObject({ method: "webhook", override: true, result: { outcome: "ok" } });
    expect(target.received(prefix)).toHaveLength(1);

    const events = await staffTimeline(drillId);
    expect(events.filter((event) => event.kind.startsWith("injection.")).map((event) => [event.kind, event.body])).toEqual([
      ["injection.refused", { stepId: "inj-1", name: "Step inj-1", environment: "prod-eu", reason: "not confirmed" }],
      ["injection.refused", { stepId: "inj-2", name: "Manual inj-2", environment: "prod-eu", reason: 'confirmation "prod" did not match' }],
      ["injection.executed", expect.objectContaining({ stepId: "inj-1", override: true })],
    ]);
    expect(events.find((event) => event.kind === "injection.refused")?.audience).toBe("staff");
  });

  it("asks for the name before a lone rollback too, and records the override", async () => {
    const { drillId, prefix } = await protectedDrill();
    await trigger(drillId, { stepId: "inj-1", confirmEnvironment: "prod-eu" });
    const refused = await rejectionOf(runRollback({ ctx, input: { drillId, data: { stepId: "inj-1" } }, options }));
    expect(refused.message).toContain('Type "prod-eu" to confirm, then run the rollback.');
    const rolledBack = await runRollback({ ctx, input: { drillId, data: { stepId: "inj-1", confirmEnvironment: "prod-eu" } }, options });
    expect(rolledBack).toMatchObject({ kind: "rollback.executed", body: { override: true, result: { outcome: "ok" } } });
    expect(target.received(prefix).map((request) => request.method)).toEqual(["POST", "DELETE"]);
    const refusal = (await staffTimeline(drillId)).find((event) => event.kind === "injection.refused");
    expect(refusal?.body).toMatchObject({ phase: "rollback", reason: "not confirmed" });
  });
});
