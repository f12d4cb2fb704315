import { describe, expect, it } from "vitest";
import { getChannelTimeline } from "../../../lib/channel/channel-timeline";
import { createDrill } from "../../../lib/drills/create";
import { endDrill } from "../../../lib/drills/end";
import { getDrill } from "../../../lib/drills/get";
import { listMilestones } from "../../../lib/drills/milestones/list-milestones";
import { recordMilestone } from "../../../lib/drills/milestones/record-milestone";
import { startDrill } from "../../../lib/drills/start";
import { getTimeline } from "../../../lib/drills/timeline";
import { ConflictError, InvalidStateError, NotFoundError, ValidationError } from "../../../lib/errors";
import { addToRoster } from "../../../lib/drills/roster/add-to-roster";
import { escalateToTeam } from "../../../lib/drills/roster/escalate-to-team";
import { getRoster } from "../../../lib/drills/roster/get-roster";
import { setRoster } from "../../../lib/drills/roster/set-roster";
import { createPlannedDrill, createRunningDrill, createTestScenario, rejectionOf, staffCtx } from "../../factories";
import { makeRoster } from "../../support/roster";

const ctx = staffCtx();
const kinds = async (drillId: string) => (await getTimeline({ ctx, input: { drillId, viewer: "staff" } })).map((event) => event.kind);
const lastSeq = async (drillId: string) => (await getDrill({ ctx, input: { id: drillId } })).lastSeq;

async function drillWithRoster() {
  const { scenario } = await createTestScenario();
  const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id, roster: makeRoster() } });
  return drillId;
}

describe("the roster", () => {
  it("is accepted at drill creation and read back in order, grouped into escalation teams", async () => {
    const drillId = await drillWithRoster();
    const roster = await getRoster({ ctx, input: { drillId } });
    expect(roster.people.map((person) => person.name)).toEqual(makeRoster().map((person) => person.name));
    expect(roster.people[1]).toMatchObject({ role: "incident_commander", email: "ian@example.test", slackId: "U0IAN", team: null, invitedAt: null });
    expect(roster.teams).toEqual([
      { team: "Match", people: 2, escalatedAt: null },
      { team: "API", people: 1, escalatedAt: null },
    ]);
    expect(await kinds(drillId)).toEqual(["drill.created"]); // editing a planned roster is not an event
  });

  it("is replaced as a whole while planned, and refuses replacement once running, changing nothing", async () => {
    const { drillId } = await createPlannedDrill();
    await setRoster({ ctx, input: { drillId, data: { people: makeRoster() } } });
    const replaced = await setRoster({ ctx, input: { drillId, data: { people: [{ name: "Solo", role: "active_responder", email: " " }] } } });
    expect(replaced.people).toMatchObject([{ name: "Solo", role: "active_responder", email: null }]);
    await startDrill({ ctx, input: { drillId } });
    const before = await getRoster({ ctx, input: { drillId } });
    const seq = await lastSeq(drillId);
    const error = await rejectionOf(setRoster({ ctx, input: { drillId, data: { people: [] } } }));
    expect(error).toBeInstanceOf(InvalidStateError);
    expect(error.message).toBe("Cannot replace the roster: the drill is running.");
    expect(await getRoster({ ctx, input: { drillId } })).toEqual(before);
    expect(await lastSeq(drillId)).toBe(seq);
  });

  it("validates people: team for escalation responders, one incident commander, nobody twice, real emails", async () => {
    const { drillId } = await createPlannedDrill();
    const invalidPeople = [
      { name: "No team", role: "escalation_responder" },
      { name: "Bad mail", role: "observer", email: "not-an-email" },
      { name: "", role: "chef" },
    ];
    const people = (await rejectionOf(setRoster({ ctx, input: { drillId, data: { people: invalidPeople } as never } }))) as ValidationError;
    expect(people).toBeInstanceOf(ValidationError);
    expect(people.problems.map((problem) => problem.path)).toEqual(["people[0].team", "people[1].email", "people[2].name", "people[2].role"]);
    const clashing = [
      { name: "IC 1", role: "incident_commander" as const },
      { name: "IC 2", role: "incident_commander" as const },
      { name: "Twin", role: "observer" as const, email: "twin@example.test" },
      { name: "Twin again", role: "observer" as const, email: "TWIN@example.test" },
      { name: "Same", role: "active_responder" as const, team: "API" },
      { name: "same", role: "active_responder" as const, team: "API" },
    ];
    const roster = (await rejectionOf(setRoster({ ctx, input: { drillId, data: { people: clashing } } }))) as ValidationError;
    expect(roster.problems).toEqual([
      { path: "people[1].role", message: "only one incident commander per drill" },
      { path: "people[3].email", message: "is already on the roster (person 3)" },
      { path: "people[5].name", message: "is already on the roster (person 5)" },
    ]);
    expect((await getRoster({ ctx, input: { drillId } })).people).toEqual([]);
    expect(await rejectionOf(getRoster({ ctx, input: { drillId: "no-such-drill" } }))).toBeInstanceOf(NotFoundError);
  });

  it("invites everyone but escalation responders and observers when the incident is declared", async () => {
    const drillId = await drillWithRoster();
    const started = await startDrill({ ctx, input: { drillId } });
    const events = await getTimeline({ ctx, input: { drillId, viewer: "staff" } });
    expect(events.map((event) => event.kind)).toEqual(["drill.created", "drill.started", "roster.invited"]);
    const invited = events[2]!;
    expect(invited).toMatchObject({ audience: "everyone", offsetMs: 0, at: started.at });
    expect(invited.body).toEqual({
      people: [
        { name: "Fay Facilitator", role: "facilitator" },
        { name: "Ian Commander", role: "incident_commander" },
        { name: "Mina Newest", role: "active_responder", team: "Match" },
        { name: "Ahn Newest", role: "active_responder", team: "API" },
      ],
    });
    const roster = await getRoster({ ctx, input: { drillId } });
    expect(roster.people.filter((person) => person.invitedAt).map((person) => person.name)).toEqual(["Fay Facilitator", "Ian Commander", "Mina Newest", "Ahn Newest"]);
  });

  it("declares a drill with an empty roster without an invitation", async () => {
    const { drillId } = await createRunningDrill();
    expect(await kinds(drillId)).toEqual(["drill.created", "drill.started"]);
  });

  it("adds people while running: responders join at once, escalation responders wait for their team", async () => {
    const drillId = await drillWithRoster();
    await startDrill({ ctx, input: { drillId } });
    await escalateToTeam({ ctx, input: { drillId, data: { team: "API" } } });
    const added = [
      { name: "Late Responder", role: "active_responder" as const, team: "Match" },
      { name: "Late API Senior", role: "escalation_responder" as const, team: "API" },
      { name: "Late Match Senior", role: "escalation_responder" as const, team: "Match" },
      { name: "Late Observer", role: "observer" as const },
    ];
    const roster = await addToRoster({ ctx, input: { drillId, data: { people: added } } });
    const byName = Object.fromEntries(roster.people.map((person) => [person.name, person]));
    expect(byName["Late Responder"]!.invitedAt).not.toBeNull();
    expect(byName["Late API Senior"]).toMatchObject({ invitedAt: expect.any(String), escalatedAt: expect.any(String) });
    expect(byName["Late Match Senior"]).toMatchObject({ invitedAt: null, escalatedAt: null });
    expect(byName["Late Observer"]!.invitedAt).toBeNull();
    const last = (await getTimeline({ ctx, input: { drillId, viewer: "staff" } })).at(-1)!;
    expect(last).toMatchObject({ kind: "roster.invited", body: { people: [{ name: "Late Responder" }, { name: "Late API Senior", team: "API" }] } });

    const duplicate = (await rejectionOf(addToRoster({ ctx, input: { drillId, data: { people: [{ name: "Other", role: "observer", email: "seo@example.test" }, { name: "IC", role: "incident_commander" }] } } }))) as ValidationError;
    expect(duplicate.problems.map((problem) => problem.path)).toEqual(["people[1].role", "people[0].email"]);
  });

  it("refuses additions once the drill has ended, appending nothing", async () => {
    const { drillId } = await createRunningDrill();
    await endDrill({ ctx, input: { drillId, data: { outcome: "failed" } } });
    const seq = await lastSeq(drillId);
    const error = await rejectionOf(addToRoster({ ctx, input: { drillId, data: { people: [{ name: "Late", role: "observer" }] } } }));
    expect(error).toBeInstanceOf(InvalidStateError);
    expect(error.message).toBe("Cannot add people to the roster: the drill has ended (failed).");
    expect(await lastSeq(drillId)).toBe(seq);
  });
});

describe("escalating to a team", () => {
  it("brings the team in, announces it, and records the escalated milestone once", async () => {
    const drillId = await drillWithRoster();
    await startDrill({ ctx, input: { drillId } });
    const escalation = await escalateToTeam({ ctx, input: { drillId, data: { team: " Match " } } });
    expect(escalation).toMatchObject({ kind: "team.escalated", audience: "everyone", body: { team: "Match", people: ["Seo Senior", "Kim Lead"] } });
    const second = await escalateToTeam({ ctx, input: { drillId, data: { team: "API" } } });
    expect(second.body).toEqual({ team: "API", people: ["Park Senior"] });

    expect(await kinds(drillId)).toEqual(["drill.created", "drill.started", "roster.invited", "team.escalated", "milestone.recorded", "team.escalated"]);
    const [milestone] = await listMilestones({ ctx, input: { drillId } });
    expect(milestone).toMatchObject({ milestone: "escalated", evidenceSeq: escalation.id, note: "Escalated to Match", reachedOffsetMs: escalation.offsetMs });
    expect((await getDrill({ ctx, input: { id: drillId } })).progress.milestones.escalated).toMatchObject({ evidenceSeq: escalation.id });
    const roster = await getRoster({ ctx, input: { drillId } });
    expect(roster.teams.map((team) => [team.team, team.escalatedAt !== null])).toEqual([["Match", true], ["API", true]]);
    expect(roster.people.filter((person) => person.role === "escalation_responder").every((person) => person.invitedAt)).toBe(true);
  });

  it("does not record the milestone again when it was recorded by hand first", async () => {
    const drillId = await drillWithRoster();
    await startDrill({ ctx, input: { drillId } });
    await recordMilestone({ ctx, input: { drillId, data: { milestone: "escalated", note: "called the API team by phone" } } });
    await escalateToTeam({ ctx, input: { drillId, data: { team: "API" } } });
    expect(await kinds(drillId)).toEqual(["drill.created", "drill.started", "roster.invited", "milestone.recorded", "team.escalated"]);
    expect((await listMilestones({ ctx, input: { drillId } }))[0]!.note).toBe("called the API team by phone");
  });

  it("answers 409 for a team escalated already or with nobody in it, appending nothing", async () => {
    const drillId = await drillWithRoster();
    await startDrill({ ctx, input: { drillId } });
    await escalateToTeam({ ctx, input: { drillId, data: { team: "API" } } });
    const seq = await lastSeq(drillId);
    const again = await rejectionOf(escalateToTeam({ ctx, input: { drillId, data: { team: "API" } } }));
    expect(again).toBeInstanceOf(ConflictError);
    expect(again.message).toMatch(/^Escalation to API already happened at T\+\d\d:\d\d\.$/);
    for (const team of ["Nobody", "match"]) {
      const empty = await rejectionOf(escalateToTeam({ ctx, input: { drillId, data: { team } } }));
      expect(empty).toBeInstanceOf(ConflictError);
      expect(empty.message).toBe(`Cannot escalate to ${team}: the roster has no escalation responders in that team.`);
    }
    expect(await lastSeq(drillId)).toBe(seq);
  });

  it("is refused before the start and after the end", async () => {
    const drillId = await drillWithRoster();
    const early = await rejectionOf(escalateToTeam({ ctx, input: { drillId, data: { team: "API" } } }));
    expect(early).toBeInstanceOf(InvalidStateError);
    expect(early.message).toBe("Cannot escalate: the drill has not started yet.");
    await startDrill({ ctx, input: { drillId } });
    await endDrill({ ctx, input: { drillId, data: { outcome: "failed" } } });
    const seq = await lastSeq(drillId);
    expect(await rejectionOf(escalateToTeam({ ctx, input: { drillId, data: { team: "API" } } }))).toBeInstanceOf(InvalidStateError);
    expect(await lastSeq(drillId)).toBe(seq);
    expect((await rejectionOf(escalateToTeam({ ctx, input: { drillId, data: {} as never } }))) as ValidationError).toBeInstanceOf(ValidationError);
  });

  it("shows participants who was paged and which team joined, never their contact details", async () => {
    const { scenario } = await createTestScenario();
    const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id, roster: makeRoster() } });
    const token = (await getDrill({ ctx, input: { id: drillId } })).channelToken!;
    await startDrill({ ctx, input: { drillId } });
    await escalateToTeam({ ctx, input: { drillId, data: { team: "Match" } } });
    const channel = await getChannelTimeline({ ctx: { actor: { type: "system", name: "guest" } }, input: { token } });
    expect(channel.map((event) => event.kind)).toEqual(["drill.started", "roster.invited", "team.escalated"]);
    const text = JSON.stringify(channel);
    for (const secret of ["@example.test", "U0IAN", "Oz Observer", "Facilitator Fay", "milestone"]) expect(text).not.toContain(secret);
  });
});
