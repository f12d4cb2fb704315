import { describe, expect, it } from "vitest";
import { callerAs } from "../auth";
import { POST as createDrillRoute } from "../../app/api/drills/route";
import { POST as escalateRoute } from "../../app/api/drills/[id]/escalations/route";
import { POST as correctRoute } from "../../app/api/drills/[id]/milestones/[milestone]/corrections/route";
import { GET as milestonesRoute, POST as recordRoute } from "../../app/api/drills/[id]/milestones/route";
import { GET as getRosterRoute, POST as addRosterRoute, PUT as putRosterRoute } from "../../app/api/drills/[id]/roster/route";
import { POST as startRoute } from "../../app/api/drills/[id]/start/route";
import { createTestScenario } from "../factories";
import { makeRoster } from "../support/roster";

const facilitatorCaller = callerAs("facilitator");

const url = "http://drillroom.test/api";
const params = (values: Record<string, string>) => ({ params: Promise.resolve(values) });
const request = (method: string, body?: unknown) => new Request(url, { headers: facilitatorCaller.headers(), method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

describe("roster, escalation and milestone routes", () => {
  it("runs the roster through the API: create with a roster, read, add, escalate, correct", async () => {
    const { scenario } = await createTestScenario();
    const bad = await createDrillRoute(request("POST", { scenarioId: scenario.id, roster: [{ name: "No team", role: "escalation_responder" }] }), params({}));
    expect(bad.status).toBe(422);
    expect((await bad.json()).errors).toEqual([{ path: "roster[0].team", message: "is required for an escalation responder (escalation brings in a team)" }]);

    const created = await createDrillRoute(request("POST", { scenarioId: scenario.id, roster: makeRoster() }), params({}));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const roster = await (await getRosterRoute(request("GET"), params({ id }))).json();
    expect(roster.teams.map((team: { team: string }) => team.team)).toEqual(["Match", "API"]);

    const replaced = await putRosterRoute(request("PUT", { people: makeRoster().slice(0, 7) }), params({ id }));
    expect(replaced.status).toBe(200);
    expect((await replaced.json()).people).toHaveLength(7);
    expect((await addRosterRoute(request("POST", { people: [{ name: "Oz", role: "observer" }] }), params({ id }))).status).toBe(201);
    expect((await startRoute(request("POST"), params({ id }))).status).toBe(200);
    expect((await putRosterRoute(request("PUT", { people: [] }), params({ id }))).status).toBe(409);

    const escalated = await escalateRoute(request("POST", { team: "API" }), params({ id }));
    expect(escalated.status).toBe(201);
    expect(await escalated.json()).toMatchObject({ kind: "team.escalated", body: { team: "API", people: ["Park Senior"] } });
    const again = await escalateRoute(request("POST", { team: "API" }), params({ id }));
    expect(again.status).toBe(409);
    expect(again.headers.get("content-type")).toBe("application/problem+json");
    expect((await again.json()).title).toMatch(/^Escalation to API already happened at T\+/);

    expect((await recordRoute(request("POST", { milestone: "mitigated", evidenceSeq: 999 }), params({ id }))).status).toBe(422);
    expect((await recordRoute(request("POST", { milestone: "mitigated", evidenceSeq: 2 }), params({ id }))).status).toBe(201);
    const corrected = await correctRoute(request("POST", { toSeq: 2, reason: "escalated at the declaration" }), params({ id, milestone: "escalated" }));
    expect(corrected.status).toBe(201);
    expect((await correctRoute(request("POST", { toSeq: 2 }), params({ id, milestone: "escalated" }))).status).toBe(422);
    expect((await correctRoute(request("POST", { toSeq: 2, reason: "x" }), params({ id, milestone: "recovered" }))).status).toBe(409);
    const milestones = await (await milestonesRoute(request("GET"), params({ id }))).json();
    expect(milestones.map((milestone: { milestone: string; corrections: unknown[] }) => [milestone.milestone, milestone.corrections.length])).toEqual([["escalated", 1], ["mitigated", 0]]);
    expect((await milestonesRoute(request("GET"), params({ id: "nope" }))).status).toBe(404);
  });
});
