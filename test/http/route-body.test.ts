import { describe, expect, it } from "vitest";
import { POST as notesRoute } from "../../app/api/drills/[id]/notes/route";
import { POST as endRoute } from "../../app/api/drills/[id]/end/route";
import { POST as usersRoute } from "../../app/api/users/route";
import { POST as messagesRoute } from "../../app/api/channel/[token]/messages/route";
import { POST as participantsRoute } from "../../app/api/channel/[token]/participants/route";
import { callerAs } from "../auth";
import { createRunningDrill, createTestScenario, staffCtx } from "../factories";
import { createDrill } from "../../lib/drills/create";
import { getDrill } from "../../lib/drills/get";
import { getRoster } from "../../lib/drills/roster/get-roster";
import { startDrill } from "../../lib/drills/start";
import { makeRoster } from "../support/roster";

const ORIGIN = "http://drillroom.test";
const observer = callerAs("observer");
const facilitator = callerAs("facilitator");

const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  new Request(`${ORIGIN}${path}`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
const params = (value: Record<string, string>) => ({ params: Promise.resolve(value) });

describe("withRoute: who is calling comes before the body", () => {
  it("an anonymous request with a bad body gets 401, not the schema's 422", async () => {
    const notes = await notesRoute(post("/api/drills/some-drill/notes", JSON.stringify({ text: 42, pinnedSeq: "x" })), params({ id: "some-drill" }));
    expect(notes.status).toBe(401);
    expect(notes.headers.get("content-type")).toBe("application/problem+json");
    expect((await notes.json()).errors).toBeUndefined();

    const users = await usersRoute(post("/api/users", "{not json"), params({}));
    expect(users.status).toBe(401);
  });

  it("a signed-in caller who may not call gets 403 before the body is parsed", async () => {
    const response = await endRoute(post("/api/drills/some-drill/end", JSON.stringify({ outcome: "nonsense" }), observer.headers()), params({ id: "some-drill" }));
    expect(response.status).toBe(403);
  });

  it("on a channel link, the link and the participant key come before the body", async () => {
    const unknownLink = await messagesRoute(post("/api/channel/not-a-link/messages", JSON.stringify({ text: 42 })), params({ token: "not-a-link" }));
    expect(unknownLink.status).toBe(404);
    const joinUnknown = await participantsRoute(post("/api/channel/not-a-link/participants", JSON.stringify({ displayName: 42 })), params({ token: "not-a-link" }));
    expect(joinUnknown.status).toBe(404);
    const { channelToken } = await createRunningDrill();
    const withoutKey = await messagesRoute(post(`/api/channel/${channelToken}/messages`, JSON.stringify({ text: 42 })), params({ token: channelToken }));
    expect(withoutKey.status).toBe(401);
    const wrongKey = await messagesRoute(post(`/api/channel/${channelToken}/messages`, JSON.stringify({ text: 42 }), { "x-participant-key": "drp_forged" }), params({ token: channelToken }));
    expect(wrongKey.status).toBe(403);
  });

  it("a roster member's personal key joins with an empty body: the name comes from the key", async () => {
    const ctx = staffCtx();
    const { scenario } = await createTestScenario();
    const { id: drillId } = await createDrill({ ctx, input: { scenarioId: scenario.id, roster: makeRoster(), publicOrigin: ORIGIN } });
    await startDrill({ ctx, input: { drillId } });
    const channelToken = (await getDrill({ ctx, input: { id: drillId } })).channelToken!;
    const person = (await getRoster({ ctx, input: { drillId } })).people.find((candidate) => candidate.personalLink)!;
    const key = new URLSearchParams(new URL(person.personalLink!).hash.slice(1)).get("key")!;
    const joined = await participantsRoute(post(`/api/channel/${channelToken}/participants`, "{}", { "x-participant-key": key }), params({ token: channelToken }));
    expect(joined.status).toBe(201);
    expect((await joined.json()).displayName).toBe(person.name);
  });

  it("a caller who may call gets 422 naming each bad field", async () => {
    const response = await notesRoute(post("/api/drills/some-drill/notes", JSON.stringify({ text: 42 }), facilitator.headers()), params({ id: "some-drill" }));
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([expect.objectContaining({ path: "text" })]);
  });
});
