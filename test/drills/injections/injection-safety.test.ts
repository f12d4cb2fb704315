import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { abortDrill } from "../../../lib/drills/abort-drill";
import { getDrill } from "../../../lib/drills/get";
import { runRollback } from "../../../lib/drills/injections/run-rollback";
import { outstandingRollbacks } from "../../../lib/drills/injections/runs/outstanding";
import { triggerInjection } from "../../../lib/drills/injections/trigger-injection";
import { ConflictError } from "../../../lib/errors";
import { rejectionOf, staffCtx } from "../../factories";
import { startSignedTarget, type SignedTarget } from "../../support/signed-target";
import { webhookDrill, webhookStep } from "../../support/webhook-drill";

const ctx = staffCtx();
const options = { retry: { baseDelayMs: 1 } };
const trigger = (drillId: string, stepId: string) => triggerInjection({ ctx, input: { drillId, data: { stepId } }, options });
const rollback = (drillId: string, stepId: string) => runRollback({ ctx, input: { drillId, data: { stepId } }, options });

let target: SignedTarget;
beforeAll(async () => {
  target = await startSignedTarget((request) => {
    if (request.path.endsWith("/inject") && request.path.includes("/refuse/")) return { status: 403, body: "not allowed" };
    if (request.path.endsWith("/inject") && request.path.includes("/flaky/")) return { status: 503, body: "try later" };
    return {};
  });
});
afterAll(() => target.close());

/** A step whose rollback is a POST (not idempotent), so running it on nothing could do harm. */
const postRollback = (step: ReturnType<typeof webhookStep>) => ({ ...step, rollback: { ...step.rollback, method: "POST" as const } });

describe("rolling back a failed injection", () => {
  it("is refused when the target refused the call, unless the rollback is idempotent; abort leaves it alone", async () => {
    const { drillId, prefix } = await webhookDrill(target, (p) => [postRollback(webhookStep(target, `${p}/refuse`, "inj-1")), webhookStep(target, `${p}/refuse`, "inj-2")]);
    expect((await trigger(drillId, "inj-1")).body).toMatchObject({ result: { outcome: "failed", status: 403, mayHaveLanded: false } });
    await trigger(drillId, "inj-2");

    const refused = await rejectionOf(rollback(drillId, "inj-1"));
    expect(refused).toBeInstanceOf(ConflictError);
    expect(refused.message).toBe('Injection "Step inj-1" failed and changed nothing: there is nothing to roll back.');
    // DELETE is idempotent: offered, and it runs.
    expect((await rollback(drillId, "inj-2")).body).toMatchObject({ result: { outcome: "ok" } });

    const drill = await getDrill({ ctx, input: { id: drillId } });
    expect(outstandingRollbacks(drill.script.injections, drill.injectionRuns)).toEqual([]);
    const result = await abortDrill({ ctx, input: { drillId, data: { confirm: true } }, options });
    expect(result.rollbacks).toEqual([]);
    expect(target.received(prefix).filter((request) => request.path.includes("inj-1/rollback"))).toEqual([]);
  });

  it("is offered, and run by abort, when the call may have landed (a 5xx after it was sent)", async () => {
    const { drillId, prefix } = await webhookDrill(target, (p) => [postRollback(webhookStep(target, `${p}/flaky`, "inj-1"))]);
    expect((await trigger(drillId, "inj-1")).body).toMatchObject({ result: { outcome: "failed", status: 503, mayHaveLanded: true } });
    const drill = await getDrill({ ctx, input: { id: drillId } });
    expect(outstandingRollbacks(drill.script.injections, drill.injectionRuns).map((step) => step.id)).toEqual(["inj-1"]);
    const result = await abortDrill({ ctx, input: { drillId, data: { confirm: true } }, options });
    expect(result.rollbacks.map((event) => event.kind === "rollback.executed" && event.body.stepId)).toEqual(["inj-1"]);
    expect(target.received(prefix).filter((request) => request.path.includes("inj-1/rollback"))).toHaveLength(1);
  });
});
