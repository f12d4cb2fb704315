import { describe, expect, it } from "vitest";
import { prisma } from "../../lib/db/client";
import { createExercise } from "../../lib/exercises/create";
import { assignDrillToExercise } from "../../lib/exercises/assign-drill";
import { createItem } from "../../lib/improvements/create-item";
import { getItem } from "../../lib/improvements/get-item";
import { listItems } from "../../lib/improvements/list-items";
import { updateItem } from "../../lib/improvements/update-item";
import type { CreateItemInput, ListFilters } from "../../lib/improvements/schemas";
import { marker, observer, rejectionOf, staffCtx } from "../factories";
import { ctx, drillOf, historyOf, itemRow, scenarioWithCriteria } from "./support";

async function drillWithItem(overrides: Partial<CreateItemInput> = {}) {
  const scenario = await scenarioWithCriteria();
  const drillId = await drillOf(scenario.id);
  const owner = marker("Owner");
  const item = await createItem({ ctx, input: { data: { drillId, title: "Write the failover runbook", owner, category: "planning", ...overrides } } });
  return { scenario, drillId, owner, item };
}

const itemsOf = async (drillId: string) => prisma().actionItem.count({ where: { drillId } });

describe("creating an action item", () => {
  it("saves it with its audience, tracker link and verification target, and a 'created' history row", async () => {
    const { scenario, drillId, item } = await drillWithItem({ audience: "team:Match", dueDate: "2026-12-20", priority: "high", trackerUrl: "https://tracker.example.com/OPS-12" });
    const row = await itemRow(item.id);
    expect(row).toMatchObject({ drillId, audience: "team:Match", priority: "high", status: "open", trackerUrl: "https://tracker.example.com/OPS-12", createdBy: "Facilitator Fay" });
    expect(row.dueDate?.toISOString().slice(0, 10)).toBe("2026-12-20");
    expect(item).toMatchObject({ audienceLabel: "Match", dueDate: "2026-12-20", drill: { id: drillId, scenarioId: scenario.id } });
    const history = await historyOf(item.id);
    expect(history.map((change) => change.kind)).toEqual(["created"]);
    expect(history[0]!.detail).toMatchObject({ title: "Write the failover runbook", audience: "team:Match", dueDate: "2026-12-20" });
  });

  it.each([
    ["an impossible date", { dueDate: "2026-02-30" }, "dueDate"],
    ["a javascript: tracker URL", { trackerUrl: "javascript:alert(1)" }, "trackerUrl"],
    ["an audience the roster does not have", { audience: "team:Payments" }, "audience"],
    ["a criterion without a scenario", { verifyMilestone: "mitigated" as const }, "verifyScenarioId"],
    ["a blank owner", { owner: "  " }, "owner"],
    ["a title too long", { title: "x".repeat(201) }, "title"],
  ])("refuses %s with a 422 naming the field, and saves nothing", async (_name, overrides, path) => {
    const scenario = await scenarioWithCriteria();
    const drillId = await drillOf(scenario.id);
    const error = await rejectionOf(createItem({ ctx, input: { data: { drillId, title: "Runbook", owner: "Mina", category: "tooling", ...overrides } } }));
    expect(error).toMatchObject({ status: 422, problems: [expect.objectContaining({ path })] });
    expect(await itemsOf(drillId)).toBe(0);
  });

  it("refuses a retrospective item of another drill, and a criterion the scenario has no success criterion for", async () => {
    const scenario = await scenarioWithCriteria();
    const [drillId, otherDrill] = [await drillOf(scenario.id), await drillOf(scenario.id)];
    const foreign = await prisma().retroItem.create({ data: { drillId: otherDrill, category: "improvement", audience: "everyone", text: "Paging was slow", position: 0, createdBy: "test" } });
    const base = { drillId, title: "Runbook", owner: "Mina", category: "tooling" as const };
    expect(await rejectionOf(createItem({ ctx, input: { data: { ...base, retroItemId: foreign.id } } }))).toMatchObject({ status: 422, problems: [{ path: "retroItemId", message: expect.stringMatching(/not a retrospective item of this drill/) }] });
    expect(await rejectionOf(createItem({ ctx, input: { data: { ...base, verifyScenarioId: scenario.id, verifyMilestone: "escalated" } } }))).toMatchObject({
      status: 422,
      problems: [{ path: "verifyMilestone", message: expect.stringMatching(/no success criterion.*acknowledged, mitigated/) }],
    });
    expect(await rejectionOf(createItem({ ctx, input: { data: { ...base, verifyScenarioId: "no-such-scenario" } } }))).toMatchObject({ status: 422, problems: [{ path: "verifyScenarioId" }] });
    expect(await itemsOf(drillId)).toBe(0);
    const own = await prisma().retroItem.create({ data: { drillId, category: "improvement", audience: "everyone", text: "Nobody paged the DBA", position: 0, createdBy: "test" } });
    const made = await createItem({ ctx, input: { data: { ...base, retroItemId: own.id, verifyScenarioId: scenario.id, verifyMilestone: "mitigated" } } });
    expect(made).toMatchObject({ retroItem: { id: own.id, text: "Nobody paged the DBA" }, verify: { scenarioId: scenario.id, milestone: "mitigated", milestoneLabel: "Mitigated" } });
  });

  it("needs exactly one of a drill and an exercise; an exercise offers the teams of all its drills' rosters", async () => {
    const scenario = await scenarioWithCriteria();
    const drillId = await drillOf(scenario.id);
    const exercise = await createExercise({ ctx, input: { data: { name: marker("Game day"), date: "2026-12-05" } } });
    const base = { title: "Schedule a re-drill", owner: "Mina", category: "exercise" as const };
    expect(await rejectionOf(createItem({ ctx, input: { data: { ...base, drillId, exerciseId: exercise.id } } }))).toMatchObject({ status: 422, problems: [{ path: "drillId" }] });
    expect(await rejectionOf(createItem({ ctx, input: { data: base } }))).toMatchObject({ status: 422, problems: [{ path: "drillId" }] });
    expect(await rejectionOf(createItem({ ctx, input: { data: { ...base, exerciseId: exercise.id, audience: "team:API" } } }))).toMatchObject({ status: 422, problems: [{ path: "audience" }] });
    await assignDrillToExercise({ ctx, input: { drillId, data: { exerciseId: exercise.id } } });
    const item = await createItem({ ctx, input: { data: { ...base, exerciseId: exercise.id, audience: "team:API" } } });
    expect(item).toMatchObject({ drill: null, exercise: { id: exercise.id }, audience: "team:API" });
  });

  it("is for people who run drills: an observer gets 403 and nothing is saved", async () => {
    const scenario = await scenarioWithCriteria();
    const drillId = await drillOf(scenario.id);
    const error = await rejectionOf(createItem({ ctx: { actor: observer }, input: { data: { drillId, title: "Runbook", owner: "Mina", category: "tooling" } } }));
    expect(error).toMatchObject({ status: 403 });
    expect(await itemsOf(drillId)).toBe(0);
  });
});

describe("changing an action item", () => {
  it("records one history row per change with every field before and after", async () => {
    const { item } = await drillWithItem({ dueDate: "2026-12-20" });
    await updateItem({ ctx, input: { id: item.id, data: { status: "in_progress", dueDate: "2027-01-10", trackerUrl: "https://tracker.example.com/OPS-13" } } });
    await updateItem({ ctx: staffCtx({ type: "admin", id: "adm-1", name: "Admin Ada" }), input: { id: item.id, data: { dueDate: null } } });
    const history = await historyOf(item.id);
    expect(history.map((change) => [change.kind, change.actorName])).toEqual([
      ["created", "Facilitator Fay"],
      ["updated", "Facilitator Fay"],
      ["updated", "Admin Ada"],
    ]);
    expect(history[1]!.detail).toEqual({
      status: { before: "open", after: "in_progress" },
      dueDate: { before: "2026-12-20", after: "2027-01-10" },
      trackerUrl: { before: null, after: "https://tracker.example.com/OPS-13" },
    });
    expect(history[2]!.detail).toEqual({ dueDate: { before: "2027-01-10", after: null } });
    const detail = await getItem({ ctx: { actor: observer }, input: { id: item.id } });
    expect(detail.history).toHaveLength(3);
    expect(detail).toMatchObject({ status: "in_progress", dueDate: null });
  });

  it("writes nothing when nothing changes, and refuses bad values with the field's path", async () => {
    const { item } = await drillWithItem();
    await updateItem({ ctx, input: { id: item.id, data: { status: "open" } } });
    expect((await historyOf(item.id)).map((change) => change.kind)).toEqual(["created"]);
    expect(await rejectionOf(updateItem({ ctx, input: { id: item.id, data: {} } }))).toMatchObject({ status: 422 });
    expect(await rejectionOf(updateItem({ ctx, input: { id: item.id, data: { dueDate: "2026-13-01" } } }))).toMatchObject({ status: 422, problems: [{ path: "dueDate" }] });
    expect(await rejectionOf(updateItem({ ctx, input: { id: item.id, data: { trackerUrl: "data:text/html,hi" } } }))).toMatchObject({ status: 422, problems: [{ path: "trackerUrl" }] });
    expect(await rejectionOf(updateItem({ ctx, input: { id: item.id, data: { audience: "team:Nobody" } } }))).toMatchObject({ status: 422, problems: [{ path: "audience" }] });
    expect(await rejectionOf(updateItem({ ctx, input: { id: item.id, data: { verifyMilestone: "mitigated" } } }))).toMatchObject({ status: 422, problems: [{ path: "verifyScenarioId" }] });
    expect(await rejectionOf(updateItem({ ctx: { actor: observer }, input: { id: item.id, data: { status: "done" } } }))).toMatchObject({ status: 403 });
    expect(await rejectionOf(updateItem({ ctx, input: { id: "no-such-item", data: { status: "done" } } }))).toMatchObject({ status: 404 });
    expect(await itemRow(item.id)).toMatchObject({ status: "open", audience: "everyone", trackerUrl: null });
    expect(await historyOf(item.id)).toHaveLength(1);
  });
});

describe("the list", () => {
  it("judges overdue on the team's calendar: due on the 5th is overdue at 01:00 on the 6th in Seoul, not yet in UTC", async () => {
    const { item, owner } = await drillWithItem({ dueDate: "2026-12-05" });
    const at = staffCtx(observer, () => new Date("2026-12-05T16:00:00Z"));
    const seoul = await listItems({ ctx: at, input: { filters: { owner, status: "overdue" }, timeZone: "Asia/Seoul" } });
    expect(seoul.items.map((one) => [one.id, one.daysOverdue])).toEqual([[item.id, 1]]);
    expect(seoul.counts.overdue).toBeGreaterThanOrEqual(1);
    const utc = await listItems({ ctx: at, input: { filters: { owner, status: "overdue" }, timeZone: "UTC" } });
    expect(utc.items).toEqual([]);
    expect((await listItems({ ctx: at, input: { filters: { owner, status: "open" }, timeZone: "UTC" } })).items.map((one) => [one.id, one.daysOverdue])).toEqual([[item.id, null]]);
    // Done is never overdue.
    await updateItem({ ctx, input: { id: item.id, data: { status: "done" } } });
    expect((await listItems({ ctx: at, input: { filters: { owner, status: "overdue" }, timeZone: "Asia/Seoul" } })).items).toEqual([]);
    expect((await listItems({ ctx: at, input: { filters: { owner, status: "done" }, timeZone: "Asia/Seoul" } })).items.map((one) => one.id)).toEqual([item.id]);
  });

  it("filters by team, owner (any case), drill and scenario, and offers them as facets", async () => {
    const { scenario, drillId, owner, item } = await drillWithItem({ audience: "team:Match" });
    const other = await createItem({ ctx, input: { data: { drillId, title: "Teach the API team the dashboards", owner, category: "training", audience: "team:API" } } });
    const ids = async (filters: ListFilters) =>
      (await listItems({ ctx: { actor: observer }, input: { filters } })).items.map((one) => one.id).sort();
    expect(await ids({ owner: owner.toUpperCase(), team: "Match" })).toEqual([item.id]);
    expect(await ids({ owner, team: "team:API" })).toEqual([other.id]);
    expect(await ids({ drillId })).toEqual([item.id, other.id].sort());
    expect(await ids({ scenarioId: scenario.id })).toEqual([item.id, other.id].sort());
    const list = await listItems({ ctx: { actor: observer }, input: {} });
    expect(list.facets.owners).toContain(owner);
    expect(list.facets.teams).toEqual(expect.arrayContaining(["API", "Match"]));
    expect(list.facets.scenarios).toContainEqual({ id: scenario.id, title: scenario.definition.title });
    expect(await rejectionOf(listItems({ ctx: { actor: observer }, input: { filters: { status: "late" as never } } }))).toMatchObject({ status: 422, problems: [{ path: "status" }] });
  });
});
