import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { endDrill } from "../../../lib/drills/end";
import { getDrill } from "../../../lib/drills/get";
import { manageScriptItem } from "../../../lib/drills/script/manage-item";
import { waitingText } from "../../../lib/drills/script/waiting";
import { triggerInjection } from "../../../lib/drills/injections/trigger-injection";
import { staffCtx } from "../../factories";
import { startSignedTarget, type SignedTarget } from "../../support/signed-target";
import { webhookDrill, webhookStep } from "../../support/webhook-drill";

const ctx = staffCtx();
let target: SignedTarget;
beforeAll(async () => {
  target = await startSignedTarget((request) => (request.method === "POST" && request.path.includes("/down/") ? { status: 503, body: "down" } : {}));
});
afterAll(() => target.close());

const alert = (id: string, relativeTo: string) => ({ id, offsetMinutes: 1, relativeTo, source: "grafana" as const, severity: "warning" as const, title: `after ${relativeTo}`, body: "" });
const itemOf = async (drillId: string, itemId: string) => (await getDrill({ ctx, input: { id: drillId } })).scriptItems.find((item) => item.itemId === itemId)!;

describe("an item timed from an injection that has not run", () => {
  it("says which step it waits on and whether that step failed, and can be fired or skipped by hand", async () => {
    const { drillId } = await webhookDrill(target, (p) => [webhookStep(target, `${p}/down`, "inj-1"), webhookStep(target, p, "inj-2")], { alerts: [alert("a-1", "inj-1"), alert("a-2", "inj-1"), alert("a-3", "inj-2")] });
    expect((await itemOf(drillId, "a-1")).waitingOn).toEqual({ step: 1, name: "Step inj-1", state: "not_run" });
    expect(waitingText((await itemOf(drillId, "a-3")).waitingOn!)).toBe("waiting on step 2, not run yet");

    await triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-1" } }, options: { retry: { attempts: 1 } } });
    const blocked = await itemOf(drillId, "a-1");
    expect(blocked).toMatchObject({ status: "pending", dueOffsetMs: null, waitingOn: { step: 1, state: "failed" } });
    expect(waitingText(blocked.waitingOn!)).toBe("waiting on step 1, which failed");

    await manageScriptItem({ ctx, input: { drillId, itemId: blocked.id, action: "fire", data: {} } });
    await manageScriptItem({ ctx, input: { drillId, itemId: (await itemOf(drillId, "a-2")).id, action: "skip", data: {} } });
    expect(await itemOf(drillId, "a-1")).toMatchObject({ status: "fired" });
    expect((await itemOf(drillId, "a-2")).waitingOn).toBeUndefined();

    await triggerInjection({ ctx, input: { drillId, data: { stepId: "inj-2" } } });
    expect(await itemOf(drillId, "a-3")).toMatchObject({ dueOffsetMs: expect.any(Number) });
    expect((await itemOf(drillId, "a-3")).waitingOn).toBeUndefined();

    await endDrill({ ctx, input: { drillId, data: { outcome: "failed" } } });
    expect((await getDrill({ ctx, input: { id: drillId } })).scriptItems.map((item) => [item.itemId, item.status])).toEqual(
      expect.arrayContaining([["a-1", "fired"], ["a-2", "skipped"], ["a-3", "cancelled"]]),
    );
  });
});
