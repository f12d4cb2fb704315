import { describe, expect, it } from "vitest";
import { callerAs } from "../auth";
import { POST as createRoute, GET as listRoute } from "../../app/api/drills/route";
import { DELETE as deleteRoute, GET as getRoute } from "../../app/api/drills/[id]/route";
import { prisma } from "../../lib/db/client";
import { createDrill } from "../../lib/drills/create";
import { deleteDrill } from "../../lib/drills/delete";
import { getDrill } from "../../lib/drills/get";
import { listDrills } from "../../lib/drills/list";
import { InvalidStateError, ValidationError } from "../../lib/errors";
import { setRoster } from "../../lib/drills/roster/set-roster";
import { createPlannedDrill, createRunningDrill, createTestScenario, marker, observer, rejectionOf, staffCtx } from "../factories";

const ctx = staffCtx();
const facilitatorCaller = callerAs("facilitator");
const ORIGIN = "http://drillroom.test";
const withId = (id: string) => ({ params: Promise.resolve({ id }) });
const noParams = { params: Promise.resolve({}) };

describe("a drill's two titles", () => {
  it("takes the scenario's title for staff and its public title for participants by default", async () => {
    const { scenario, definition } = await createTestScenario({ publicTitle: "Slow checkout" });
    const { id } = await createDrill({ ctx, input: { scenarioId: scenario.id } });
    const drill = await getDrill({ ctx, input: { id } });
    expect(drill).toMatchObject({ title: definition.title, publicTitle: "Slow checkout" });
    expect((await listDrills({ ctx, input: { scenarioId: scenario.id } }))[0]).toMatchObject({ title: definition.title, publicTitle: "Slow checkout" });
  });

  it("gives a scenario without a public title the neutral default, never its own title", async () => {
    const { drillId, definition } = await createPlannedDrill();
    const drill = await getDrill({ ctx, input: { id: drillId } });
    expect(drill.publicTitle).toBe("Incident drill");
    expect(drill.publicTitle).not.toContain(definition.title);
  });

  it("lets the facilitator set both before the drill exists, and freezes them", async () => {
    const { scenario } = await createTestScenario({ publicTitle: "Slow checkout" });
    const title = marker("Thursday drill, platform team");
    const { id } = await createDrill({ ctx, input: { scenarioId: scenario.id, title, publicTitle: "  Orders failing  " } });
    expect(await prisma().drill.findUniqueOrThrow({ where: { id }, select: { title: true, publicTitle: true } })).toEqual({ title, publicTitle: "Orders failing" });
  });

  it("refuses a public title that repeats the scenario's title, or is blank or too long, naming the field", async () => {
    const { scenario, definition } = await createTestScenario();
    for (const publicTitle of [definition.title.toUpperCase(), "   ", "x".repeat(81)]) {
      const error = await rejectionOf(createDrill({ ctx, input: { scenarioId: scenario.id, publicTitle } }));
      expect(error, publicTitle).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).problems.map((problem) => problem.path)).toEqual(["publicTitle"]);
    }
    expect(await prisma().drill.count({ where: { scenarioId: scenario.id } })).toBe(0);
  });

  it("POST /api/drills accepts both titles and answers 422 with the path for a bad one", async () => {
    const { scenario, definition } = await createTestScenario();
    const post = (body: unknown) => createRoute(new Request(`${ORIGIN}/api/drills`, { method: "POST", headers: { ...facilitatorCaller.headers(), "content-type": "application/json" }, body: JSON.stringify(body) }), noParams);
    const created = await post({ scenarioId: scenario.id, title: "Staff name", publicTitle: "Login failures" });
    expect(created.status).toBe(201);
    const { id } = await created.json();
    const read = await getRoute(new Request(`${ORIGIN}/api/drills/${id}`, { headers: facilitatorCaller.headers() }), withId(id));
    expect(await read.json()).toMatchObject({ title: "Staff name", publicTitle: "Login failures" });
    const refused = await post({ scenarioId: scenario.id, publicTitle: definition.title });
    expect(refused.status).toBe(422);
    expect((await refused.json()).errors).toEqual([{ path: "publicTitle", message: expect.stringContaining("must differ from the scenario's title") }]);
    const listed = await listRoute(new Request(`${ORIGIN}/api/drills?scenarioId=${scenario.id}`, { headers: facilitatorCaller.headers() }), noParams);
    expect((await listed.json()).map((drill: { publicTitle: string }) => drill.publicTitle)).toEqual(["Login failures"]);
  });
});

describe("deleting a drill", () => {
  it("deletes a planned drill with everything it holds, audited under its title", async () => {
    const { drillId, definition } = await createPlannedDrill();
    await setRoster({ ctx, input: { drillId, data: { people: [{ name: "Ann Active", role: "active_responder" }] } } });
    expect(await prisma().rosterMember.count({ where: { drillId } })).toBe(1);
    const deleted = await deleteDrill({ ctx, input: { drillId } });
    expect(deleted).toEqual({ id: drillId, title: definition.title });
    expect(await prisma().drill.findUnique({ where: { id: drillId } })).toBeNull();
    expect(await prisma().rosterMember.count({ where: { drillId } })).toBe(0);
    expect(await prisma().timelineEvent.count({ where: { drillId } })).toBe(0);
    const audit = await prisma().auditEntry.findFirstOrThrow({ where: { action: "drill.deleted", targetId: drillId } });
    expect(audit).toMatchObject({ actorName: "Facilitator Fay", targetType: "drill", detail: expect.objectContaining({ title: definition.title }) });
  });

  it("refuses a drill that has started with 409 and says why, and changes nothing", async () => {
    const { drillId } = await createRunningDrill();
    const error = await rejectionOf(deleteDrill({ ctx, input: { drillId } }));
    expect(error).toBeInstanceOf(InvalidStateError);
    expect(error.message).toMatch(/Only a planned drill can be deleted/);
    expect(await prisma().drill.findUnique({ where: { id: drillId } })).not.toBeNull();
    expect(await prisma().auditEntry.count({ where: { action: "drill.deleted", targetId: drillId } })).toBe(0);
  });

  it("is for those who run drills", async () => {
    const { drillId } = await createPlannedDrill();
    expect((await rejectionOf(deleteDrill({ ctx: { actor: observer }, input: { drillId } }))).constructor.name).toBe("ForbiddenError");
    expect(await prisma().drill.findUnique({ where: { id: drillId } })).not.toBeNull();
  });

  it("DELETE /api/drills/:id answers 200, then 404; 409 for a running drill", async () => {
    const planned = await createPlannedDrill();
    const del = (id: string) => deleteRoute(new Request(`${ORIGIN}/api/drills/${id}`, { method: "DELETE", headers: facilitatorCaller.headers() }), withId(id));
    const first = await del(planned.drillId);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ id: planned.drillId, title: planned.definition.title });
    expect((await del(planned.drillId)).status).toBe(404);
    const running = await createRunningDrill();
    const refused = await del(running.drillId);
    expect(refused.status).toBe(409);
    expect((await refused.json()).title).toMatch(/Only a planned drill can be deleted/);
  });
});
