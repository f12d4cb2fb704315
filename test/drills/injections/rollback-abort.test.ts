import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "../../../lib/db/client";
import { getChannelTimeline } from "../../../lib/channel/channel-timeline";
import { abortDrill } from "../../../lib/drills/abort-drill";
import { endDrill } from "../../../lib/drills/end";
import { getDrill } from "../../../lib/drills/get";
import { runRollback } from "../../../lib/drills/injections/run-rollback";
import { getTimeline } from "../../../lib/drills/timeline";
import { triggerInjection } from "../../../lib/drills/injections/trigger-injection";
import { ConflictError, InvalidStateError, ValidationError } from "../../../lib/errors";
import { rejectionOf, staffCtx } from "../../factories";
import { startSignedTarget, type SignedTarget } from "../../support/signed-target";
import { manualStep, webhookDrill, webhookStep } from "../../support/webhook-drill";

const ctx = staffCtx();
const options = { retry: { baseDelayMs: 1 } };
const trigger = (drillId: string, stepId: string) => triggerInjection({ ctx, input: { drillId, data: { stepId } }, options });
const rollback = (drillId: string, stepId: string, note?: string) => runRollback({ ctx, input: { drillId, data: { stepId, note } }, options });
const abort = (drillId: string, data: unknown = { confirm: true }) => abortDrill({ ctx, input: { drillId, data: data as never }, options });
const staffTimeline = (drillId: string) => getTimeline({ ctx, input: { drillId, viewer: "staff" } });

let target: SignedTarget;
beforeAll(async () => {
  target = await startSignedTarget((request) => {
    if (request.path.includes("/broken") && request.method === "DELETE") return { status: 500, body: "rollback exploded" };
    if (request.path.includes("/slow")) return { delayMs: 700 };
    return {};
  });
});
afterAll(() => target.close());

describe("a lone rollback", () => {
  it("calls the rollback once, signed, with its phase rendered", async () => {
    const { drillId, prefix } = await webhookDrill(target, (p) => [webhookStep(target, p, "inj-1")]);
    await trigger(drillId, "inj-1");
    const event = await rollback(drillId, "inj-1", "restored by hand check");
    expect(event).toMatchObject({ kind: "rollback.executed", ref: "rollback:inj-1", body: { stepId: "inj-1", note: "restored by hand check", method: "webhook", result: { outcome: "ok", status: 200, attempts: 1 } } });
    expect(event.kind === "rollback.executed" && event.body.during).toBeUndefined();
    const [, undo] = target.received(prefix);
    expect(undo).toMatchObject({ method: "DELETE", path: `${prefix}/inj-1/rollback?phase=rollback`, verified: true });
    expect(JSON.parse(undo!.body)).toEqual({ drill: drillId, phase: "rollback" });

    const twice = await rejectionOf(rollback(drillId, "inj-1"));
    expect(twice).toBeInstanceOf(ConflictError);
    expect(twice.message).toMatch(/^The rollback of "Step inj-1" already happened at T\+00:0\d\.$/);
    const reinject = await rejectionOf(trigger(drillId, "inj-1"));
    expect(reinject.message).toBe('Injection "Step inj-1" was rolled back already: it cannot run again in this drill.');
    expect(target.received(prefix)).toHaveLength(2);
    expect((await getDrill({ ctx, input: { id: drillId } })).injectionRuns["inj-1"]?.rollback).toMatchObject({ status: "ok", duringAbort: false, result: { status: 200 } });
  });

  it("is refused for an injection that never ran", async () => {
    const { drillId, prefix } = await webhookDrill(target, (p) => [webhookStep(target, p, "inj-1")]);
    const error = await rejectionOf(rollback(drillId, "inj-1"));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe('Injection "Step inj-1" has not run yet: there is nothing to roll back.');
    expect(target.received(prefix)).toEqual([]);
  });

  it("marks a manual rollback done with its note, also after the drill ended", async () => {
    const { drillId } = await webhookDrill(target, () => [manualStep("inj-1")]);
    await trigger(drillId, "inj-1");
    await endDrill({ ctx, input: { drillId, data: { outcome: "failed" } } });
    const event = await rollback(drillId, "inj-1", "uncordoned the node");
    expect(event).toMatchObject({ kind: "rollback.executed", body: { method: "manual", note: "uncordoned the node" } });
  });

  it("may run again after it failed", async () => {
    const { drillId, prefix } = await webhookDrill(target, (p) => [webhookStep(target, `${p}/broken`, "inj-1")]);
    await trigger(drillId, "inj-1");
    expect((await rollback(drillId, "inj-1")).body).toMatchObject({ result: { outcome: "failed", status: 500, attempts: 3 } });
    expect((await rollback(drillId, "inj-1")).body).toMatchObject({ result: { outcome: "failed" } });
    expect(target.received(prefix).filter((request) => request.method === "DELETE")).toHaveLength(6);
  });
});

describe("abort", () => {
  it("runs every outstanding rollback in reverse execution order, records each, ends the drill as aborted", async () => {
    const { drillId, prefix, channelToken } = await webhookDrill(target, (p) => [
      webhookStep(target, p, "inj-1"),
      webhookStep(target, `${p}/broken`, "inj-2"),
      webhookStep(target, p, "inj-3"),
      webhookStep(target, p, "inj-4"),
      webhookStep(target, p, "inj-5"),
      manualStep("inj-6"),
    ]);
    // Executed out of script order: 1, 3, 2, 6 (manual), 5; 5 is rolled back on its own; 4 never runs.
    for (const step of ["inj-1", "inj-3", "inj-2", "inj-6", "inj-5"]) await trigger(drillId, step);
    await rollback(drillId, "inj-5");

    const result = await abort(drillId, { confirm: true, note: "Wrong environment, stopping" });
    expect(result.rollbacks.map((event) => event.kind === "rollback.executed" && [event.body.stepId, event.body.result?.outcome])).toEqual([
      ["inj-2", "failed"], // the failure is recorded, and the others still run
      ["inj-3", "ok"],
      ["inj-1", "ok"],
    ]);
    expect(result.rollbacks.every((event) => event.kind === "rollback.executed" && event.body.during === "abort")).toBe(true);
    expect(result.manualLeft).toEqual([{ stepId: "inj-6", name: "Manual inj-6" }]);
    expect(result.event).toMatchObject({ kind: "drill.ended", body: { outcome: "aborted", note: "Wrong environment, stopping" } });

    const rollbacks = target.received(prefix).filter((request) => request.method === "DELETE");
    expect(rollbacks.map((request) => request.path.replace(prefix, ""))).toEqual([
      "/inj-5/rollback?phase=rollback",
      "/broken/inj-2/rollback?phase=rollback",
      "/broken/inj-2/rollback?phase=rollback",
      "/broken/inj-2/rollback?phase=rollback",
      "/inj-3/rollback?phase=rollback",
      "/inj-1/rollback?phase=rollback",
    ]);
    expect(rollbacks.every((request) => request.verified)).toBe(true);

    const drill = await getDrill({ ctx, input: { id: drillId } });
    expect(drill.status).toBe("aborted");
    // Nothing scripted fires after an abort.
    const items = await prisma().scriptItem.findMany({ where: { drillId } });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((item) => item.status === "cancelled")).toBe(true);
    expect(drill.clock.endedAt).not.toBeNull();
    expect(drill.injectionRuns["inj-2"]?.rollback).toMatchObject({ status: "failed", duringAbort: true });
    expect(drill.injectionRuns["inj-4"]).toBeUndefined();
    expect(drill.injectionRuns["inj-6"]?.rollback).toBeNull();

    const events = await staffTimeline(drillId);
    expect(events.at(-1)).toMatchObject({ kind: "drill.ended", body: { outcome: "aborted" } });
    const offsets = events.map((event) => event.offsetMs ?? 0);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    // Participants learn that the drill was aborted, and nothing about what was injected.
    const channel = await getChannelTimeline({ ctx, input: { token: channelToken } });
    expect(channel.at(-1)).toMatchObject({ kind: "drill.ended", body: { outcome: "aborted" } });
    expect(JSON.stringify(channel)).not.toMatch(/Step inj-|rollback/);

    // The failed one can still be rolled back on its own afterwards.
    expect(await rejectionOf(abort(drillId))).toBeInstanceOf(InvalidStateError);
    expect((await rollback(drillId, "inj-2")).body).toMatchObject({ result: { outcome: "failed" } });
  });

  it("just ends a planned drill, with nothing to roll back", async () => {
    const { drillId, prefix } = await webhookDrill(target, (p) => [webhookStep(target, p, "inj-1")], {}, "planned");
    const result = await abort(drillId);
    expect(result).toMatchObject({ rollbacks: [], manualLeft: [], event: { kind: "drill.ended", body: { outcome: "aborted" } } });
    expect((await getDrill({ ctx, input: { id: drillId } })).status).toBe("aborted");
    expect(target.received(prefix)).toEqual([]);
  });

  it("waits for an injection still in flight instead of racing it", async () => {
    const { drillId, prefix } = await webhookDrill(target, (p) => [webhookStep(target, `${p}/slow`, "inj-1")]);
    const injection = trigger(drillId, "inj-1");
    await new Promise((resolve) => setTimeout(resolve, 150));
    const busy = await rejectionOf(abort(drillId));
    expect(busy).toBeInstanceOf(ConflictError);
    expect(busy.message).toBe('"Step inj-1" is still running: wait for its result, then abort.');
    await injection;
    expect((await abort(drillId)).rollbacks).toHaveLength(1);
    expect(target.received(prefix).map((request) => request.method)).toEqual(["POST", "DELETE"]);
  });

  it("needs an explicit confirmation, and refuses once the drill ended", async () => {
    const { drillId } = await webhookDrill(target, () => [manualStep("inj-1")]);
    const unconfirmed = await rejectionOf(abort(drillId, {}));
    expect(unconfirmed).toBeInstanceOf(ValidationError);
    expect((unconfirmed as ValidationError).problems).toEqual([{ path: "confirm", message: "must be true: aborting runs every outstanding rollback and ends the drill" }]);
    await endDrill({ ctx, input: { drillId, data: { outcome: "mitigated" } } });
    const ended = await rejectionOf(abort(drillId));
    expect(ended).toBeInstanceOf(InvalidStateError);
    expect(ended.message).toBe("Cannot abort the drill: the drill has ended (mitigated).");
  });

  it("stops the live drill at once: nothing can be injected while the rollbacks run", async () => {
    const { drillId } = await webhookDrill(target, (p) => [webhookStep(target, `${p}/slow`, "inj-1"), webhookStep(target, p, "inj-2")]);
    await trigger(drillId, "inj-1"); // its rollback is slow too
    const aborting = abort(drillId);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const late = await rejectionOf(trigger(drillId, "inj-2"));
    expect(late).toBeInstanceOf(InvalidStateError);
    expect(late.message).toBe("Cannot trigger an injection: the drill is being aborted.");
    expect((await aborting).rollbacks).toHaveLength(1);
  });
});
