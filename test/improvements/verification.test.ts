import { describe, expect, it } from "vitest";
import { confirmVerification } from "../../lib/improvements/confirm-verification";
import { createItem } from "../../lib/improvements/create-item";
import { dismissProposal } from "../../lib/improvements/dismiss-proposal";
import { listItems } from "../../lib/improvements/list-items";
import { reopenDrill } from "../../lib/review/reopen";
import { closeDrill } from "../../lib/review/close";
import type { Milestone } from "../../lib/drill-model/milestone-names";
import { marker, observer, rejectionOf } from "../factories";
import { closedDrillReaching, ctx, drillOf, historyOf, itemRow, runDrill, reviewAndClose, scenarioWithCriteria } from "./support";

/** A scenario, the drill an item came from, and the item naming the scenario (and the criterion, when given) as its proof. */
async function itemToVerify(verifyMilestone?: Milestone) {
  const scenario = await scenarioWithCriteria();
  const origin = await drillOf(scenario.id);
  const item = await createItem({ ctx, input: { data: { drillId: origin, title: "Add a cache bypass flag", owner: marker("Owner"), category: "tooling", verifyScenarioId: scenario.id, verifyMilestone } } });
  return { scenario, origin, item };
}

describe("verification by a later drill", () => {
  it("is proposed when a later drill of the scenario closes having met the named criterion", async () => {
    const { scenario, item } = await itemToVerify("mitigated");
    const later = await closedDrillReaching(scenario.id, ["mitigated"]);
    expect(await itemRow(item.id)).toMatchObject({ proposedDrillId: later, verifiedAt: null, status: "open" });
    expect((await historyOf(item.id)).map((change) => [change.kind, change.detail])).toEqual([
      ["created", expect.anything()],
      ["proposed", expect.objectContaining({ drillId: later, met: "Mitigated" })],
    ]);
    const listed = await listItems({ ctx: { actor: observer }, input: { filters: { owner: item.owner, verification: "proposed" } } });
    expect(listed.items.map((one) => [one.id, one.proposal?.drillId, one.proposal?.criterion])).toEqual([[item.id, later, "Mitigated"]]);
  });

  it("is not proposed by a drill that missed the criterion, nor by a drill of another scenario", async () => {
    const { scenario, item } = await itemToVerify("mitigated");
    await closedDrillReaching(scenario.id, ["acknowledged"]);
    const otherScenario = await scenarioWithCriteria();
    await closedDrillReaching(otherScenario.id, ["acknowledged", "mitigated"]);
    expect(await itemRow(item.id)).toMatchObject({ proposedDrillId: null });
    expect((await historyOf(item.id)).map((change) => change.kind)).toEqual(["created"]);
  });

  it("with no criterion named, needs every criterion met", async () => {
    const { scenario, item } = await itemToVerify();
    await closedDrillReaching(scenario.id, ["mitigated"]);
    expect(await itemRow(item.id)).toMatchObject({ proposedDrillId: null });
    const later = await closedDrillReaching(scenario.id, ["acknowledged", "mitigated"]);
    expect(await itemRow(item.id)).toMatchObject({ proposedDrillId: later });
  });

  it("is never proposed by the drill it came from, nor by one that started before the item was made", async () => {
    const scenario = await scenarioWithCriteria();
    const origin = await drillOf(scenario.id);
    await runDrill(origin, ["acknowledged", "mitigated"]);
    const item = await createItem({ ctx, input: { data: { drillId: origin, title: "Runbook", owner: marker("Owner"), category: "planning", verifyScenarioId: scenario.id, verifyMilestone: "mitigated" } } });
    await reviewAndClose(origin);
    expect(await itemRow(item.id)).toMatchObject({ proposedDrillId: null });

    const running = await drillOf(scenario.id);
    await runDrill(running, ["mitigated"]);
    const late = await createItem({ ctx, input: { data: { drillId: origin, title: "Dashboards", owner: marker("Owner"), category: "tooling", verifyScenarioId: scenario.id, verifyMilestone: "mitigated" } } });
    await reviewAndClose(running);
    expect(await itemRow(late.id)).toMatchObject({ proposedDrillId: null });
  });

  it("is proposed once by a drill, however often it is reopened and closed, also after a dismissal", async () => {
    const { scenario, item } = await itemToVerify("mitigated");
    const later = await closedDrillReaching(scenario.id, ["mitigated"]);
    await reopenDrill({ ctx, input: { drillId: later, data: { reason: "a milestone was missed" } } });
    await closeDrill({ ctx, input: { drillId: later } });
    expect((await historyOf(item.id)).filter((change) => change.kind === "proposed")).toHaveLength(1);
    await dismissProposal({ ctx, input: { id: item.id, data: { reason: "that drill ran without the flag" } } });
    await reopenDrill({ ctx, input: { drillId: later, data: { reason: "once more" } } });
    await closeDrill({ ctx, input: { drillId: later } });
    expect(await itemRow(item.id)).toMatchObject({ proposedDrillId: null });
    // Another later drill may still propose it.
    const third = await closedDrillReaching(scenario.id, ["mitigated"]);
    expect(await itemRow(item.id)).toMatchObject({ proposedDrillId: third });
  });

  it("confirmed by a facilitator: verified by that drill, and done; confirming again is a 409", async () => {
    const { scenario, item } = await itemToVerify("mitigated");
    const later = await closedDrillReaching(scenario.id, ["mitigated"]);
    expect(await rejectionOf(confirmVerification({ ctx: { actor: observer }, input: { id: item.id } }))).toMatchObject({ status: 403 });
    expect(await itemRow(item.id)).toMatchObject({ verifiedAt: null, status: "open" });
    const view = await confirmVerification({ ctx, input: { id: item.id } });
    expect(view).toMatchObject({ status: "done", proposal: null, verification: { drillId: later, by: "Facilitator Fay" } });
    expect(await itemRow(item.id)).toMatchObject({ verifiedDrillId: later, verifiedBy: "Facilitator Fay", status: "done" });
    expect((await historyOf(item.id)).map((change) => change.kind)).toEqual(["created", "proposed", "verified"]);
    expect(await rejectionOf(confirmVerification({ ctx, input: { id: item.id } }))).toMatchObject({ status: 409 });
    const verified = await listItems({ ctx, input: { filters: { owner: item.owner, verification: "verified" } } });
    expect(verified.items.map((one) => one.verification?.drillId)).toEqual([later]);
  });

  it("dismissed with a reason: the proposal goes, the reason stays in the history; without a proposal, 409", async () => {
    const { scenario, item } = await itemToVerify("mitigated");
    expect(await rejectionOf(confirmVerification({ ctx, input: { id: item.id } }))).toMatchObject({ status: 409, message: expect.stringMatching(/No drill has proposed/) });
    const later = await closedDrillReaching(scenario.id, ["mitigated"]);
    expect(await rejectionOf(dismissProposal({ ctx, input: { id: item.id, data: { reason: " " } } }))).toMatchObject({ status: 422, problems: [{ path: "reason" }] });
    expect(await rejectionOf(dismissProposal({ ctx: { actor: observer }, input: { id: item.id, data: { reason: "no" } } }))).toMatchObject({ status: 403 });
    await dismissProposal({ ctx, input: { id: item.id, data: { reason: "that drill ran without the flag" } } });
    expect(await itemRow(item.id)).toMatchObject({ proposedDrillId: null, proposedAt: null, verifiedAt: null });
    expect((await historyOf(item.id)).at(-1)).toMatchObject({ kind: "dismissed", detail: { drillId: later, reason: "that drill ran without the flag" } });
    expect(await rejectionOf(dismissProposal({ ctx, input: { id: item.id, data: { reason: "again" } } }))).toMatchObject({ status: 409 });
  });
});
