/**
 * Hostile values in the places the issue names answer 4xx problem+json naming the field, never a 500 from
 * the database, and never a 200 stream that closes at once (a browser would reconnect in a loop).
 * Route handlers are called directly, as a signed-in facilitator's API token or a channel participant.
 */
import { describe, expect, it } from "vitest";
import { callerAs } from "../auth";
import { createRunningDrill, createTestScenario, makeScenarioDefinition, staffCtx } from "../factories";
import { GET as getDrillRoute } from "../../app/api/drills/[id]/route";
import { GET as listDrillsRoute, POST as createDrillRoute } from "../../app/api/drills/route";
import { POST as notesRoute } from "../../app/api/drills/[id]/notes/route";
import { POST as milestonesRoute } from "../../app/api/drills/[id]/milestones/route";
import { POST as correctionsRoute } from "../../app/api/drills/[id]/milestones/[milestone]/corrections/route";
import { PUT as rosterRoute } from "../../app/api/drills/[id]/roster/route";
import { GET as timelineRoute } from "../../app/api/drills/[id]/timeline/route";
import { GET as drillStreamRoute } from "../../app/api/drills/[id]/stream/route";
import { GET as channelStreamRoute } from "../../app/api/channel/[token]/stream/route";
import { POST as participantsRoute } from "../../app/api/channel/[token]/participants/route";
import { POST as messagesRoute } from "../../app/api/channel/[token]/messages/route";
import { GET as watchStreamRoute } from "../../app/api/watch/[token]/stream/route";
import { GET as listScenariosRoute, POST as createScenarioRoute } from "../../app/api/scenarios/route";
import { GET as getScenarioRoute, PUT as saveScenarioRoute } from "../../app/api/scenarios/[id]/route";
import { POST as importRoute } from "../../app/api/scenarios/import/route";
import { GET as revisionRoute } from "../../app/api/scenarios/[id]/revisions/[number]/route";
import { GET as compareRoute } from "../../app/api/scenarios/[id]/revisions/compare/route";
import { PARTICIPANT_KEY_HEADER } from "../../lib/channel/schemas";
import { LONE_SURROGATE_MESSAGE, NUL_MESSAGE } from "../../lib/input/text";
import { createShareLink } from "../../lib/share-links/create-share-link";

const ORIGIN = "http://drillroom.test";
const TOO_BIG = 2 ** 31;
const facilitator = callerAs("facilitator");

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
interface Call {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Not signed in: a channel or share link's holder. */
  anonymous?: boolean;
}

function call(handler: Handler, path: string, params: Record<string, string>, { method = "GET", body, headers = {}, signal, anonymous }: Call = {}) {
  const request = new Request(`${ORIGIN}${path}`, {
    method,
    headers: { "content-type": "application/json", ...(anonymous ? {} : facilitator.headers()), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  });
  return handler(request as Request, { params: Promise.resolve(params) });
}

/** The answer is a 4xx problem whose errors name `path`; returns their messages. */
async function refused(response: Response, path: string, status = 422): Promise<string[]> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const problems = (JSON.parse(text) as { errors?: { path: string; message: string }[] }).errors ?? [];
  const named = problems.filter((problem) => problem.path === path);
  expect(named, text).not.toEqual([]);
  return named.map((problem) => problem.message);
}

describe("text that Postgres cannot store", () => {
  it("is refused in path ids, naming the parameter", async () => {
    for (const bad of ["\u0000", "abc\u0000", "\ud800", "x\udc00"]) {
      expect(await refused(await call(getDrillRoute, "/api/drills/x", { id: bad }), "id")).not.toEqual([]);
      expect(await refused(await call(getScenarioRoute, "/api/scenarios/x", { id: bad }), "id")).not.toEqual([]);
    }
    expect(await refused(await call(getDrillRoute, "/api/drills/x", { id: "\u0000" }), "id")).toEqual([NUL_MESSAGE]);
    expect(await refused(await call(getDrillRoute, "/api/drills/x", { id: "\ud800" }), "id")).toEqual([LONE_SURROGATE_MESSAGE]);
  });

  it("is refused in query strings", async () => {
    expect(await refused(await call(listScenariosRoute, "/api/scenarios?q=%00", {}), "q")).toEqual([NUL_MESSAGE]);
    expect(await refused(await call(listScenariosRoute, "/api/scenarios?tag=a%00", {}), "tag")).toEqual([NUL_MESSAGE]);
    expect(await refused(await call(listDrillsRoute, "/api/drills?scenarioId=%00", {}), "scenarioId")).toEqual([NUL_MESSAGE]);
  });

  it("is refused in notes, titles, roster names, scenario fields", async () => {
    const { drillId, scenario } = await createRunningDrill();
    const drill = { id: drillId };
    expect(await refused(await call(notesRoute, "/api/drills/x/notes", drill, { method: "POST", body: { text: "saw it \u0000" } }), "text")).toEqual([NUL_MESSAGE]);
    expect(await refused(await call(notesRoute, "/api/drills/x/notes", drill, { method: "POST", body: { text: "saw it \ud83d" } }), "text")).toEqual([LONE_SURROGATE_MESSAGE]);
    expect(await refused(await call(milestonesRoute, "/api/drills/x/milestones", drill, { method: "POST", body: { milestone: "acknowledged", note: "\u0000" } }), "note")).toEqual([NUL_MESSAGE]);
    expect(await refused(await call(createDrillRoute, "/api/drills", {}, { method: "POST", body: { scenarioId: scenario.id, title: "Drill \u0000" } }), "title")).toEqual([NUL_MESSAGE]);
    expect(await refused(await call(createDrillRoute, "/api/drills", {}, { method: "POST", body: { scenarioId: "\u0000" } }), "scenarioId")).toEqual([NUL_MESSAGE]);

    const planned = await createTestScenario();
    const created = await call(createDrillRoute, "/api/drills", {}, { method: "POST", body: { scenarioId: planned.scenario.id } });
    const plannedId = ((await created.json()) as { id: string }).id;
    const people = [{ name: "Ann \udfff", role: "active_responder" }];
    expect(await refused(await call(rosterRoute, "/api/drills/x/roster", { id: plannedId }, { method: "PUT", body: { people } }), "people[0].name")).toEqual([LONE_SURROGATE_MESSAGE]);

    const definition = makeScenarioDefinition({ title: "Checkout \u0000 slow" });
    expect(await refused(await call(createScenarioRoute, "/api/scenarios", {}, { method: "POST", body: { definition } }), "definition.title")).toEqual([NUL_MESSAGE]);
  });

  it("is refused in the channel: display names and messages", async () => {
    const { channelToken: token } = await createRunningDrill();
    const link = { token };
    const post = (handler: Handler, path: string, body: unknown, headers: Record<string, string> = {}) => call(handler, path, link, { method: "POST", body, headers, anonymous: true });
    expect(await refused(await post(participantsRoute, "/api/channel/x/participants", { displayName: "Rae\u0000" }), "displayName")).toEqual([NUL_MESSAGE]);
    const joined = await post(participantsRoute, "/api/channel/x/participants", { displayName: "Rae" });
    expect(joined.status).toBe(201);
    const { secret } = (await joined.json()) as { secret: string };
    expect(await refused(await post(messagesRoute, "/api/channel/x/messages", { text: "\ud800 on fire" }, { [PARTICIPANT_KEY_HEADER]: secret }), "text")).toEqual([LONE_SURROGATE_MESSAGE]);
  });
});

describe("whole numbers beyond a Postgres integer", () => {
  it("are refused in event references: pinnedSeq, evidenceSeq, toSeq, toOffsetMs", async () => {
    const { drillId } = await createRunningDrill();
    const drill = { id: drillId };
    expect(await refused(await call(notesRoute, "/api/drills/x/notes", drill, { method: "POST", body: { text: "pinned", pinnedSeq: TOO_BIG } }), "pinnedSeq")).toEqual(["must be an event id"]);
    expect(await refused(await call(milestonesRoute, "/api/drills/x/milestones", drill, { method: "POST", body: { milestone: "acknowledged", evidenceSeq: TOO_BIG } }), "evidenceSeq")).toEqual(["must be an event id"]);
    const recorded = await call(milestonesRoute, "/api/drills/x/milestones", drill, { method: "POST", body: { milestone: "acknowledged" } });
    expect(recorded.status).toBe(201);
    const correction = { id: drillId, milestone: "acknowledged" };
    expect(await refused(await call(correctionsRoute, "/api/drills/x/milestones/acknowledged/corrections", correction, { method: "POST", body: { toSeq: TOO_BIG, reason: "later" } }), "toSeq")).toEqual(["must be an event id"]);
    expect(await refused(await call(correctionsRoute, "/api/drills/x/milestones/acknowledged/corrections", correction, { method: "POST", body: { toOffsetMs: TOO_BIG, reason: "later" } }), "toOffsetMs")).not.toEqual([]);
  });

  it("are refused in query strings and path numbers: timeline?after=, revisions, compare?to=, baseRevision", async () => {
    const { drillId, scenario } = await createRunningDrill();
    await refused(await call(timelineRoute, `/api/drills/x/timeline?after=${TOO_BIG}`, { id: drillId }), "after");
    await refused(await call(revisionRoute, "/api/scenarios/x/revisions/n", { id: scenario.id, number: String(TOO_BIG) }), "number");
    await refused(await call(compareRoute, `/api/scenarios/x/revisions/compare?from=1&to=${TOO_BIG}`, { id: scenario.id }), "to");
    await refused(await call(compareRoute, `/api/scenarios/x/revisions/compare?from=${TOO_BIG}&to=1`, { id: scenario.id }), "from");
    const save = { baseRevision: TOO_BIG, definition: makeScenarioDefinition() };
    await refused(await call(saveScenarioRoute, "/api/scenarios/x", { id: scenario.id }, { method: "PUT", body: save }), "baseRevision");
  });
});

describe("live streams resuming from an impossible event", () => {
  it("answer 422 naming `after` or `Last-Event-ID` instead of a stream that closes at once", async () => {
    const { drillId, channelToken } = await createRunningDrill();
    const link = await createShareLink({ ctx: staffCtx(), input: { drillId, data: { label: "leads" } } });
    const shareToken = link.path.split("/").pop()!;
    const streams: [Handler, string, Record<string, string>, boolean][] = [
      [drillStreamRoute, "/api/drills/x/stream", { id: drillId }, false],
      [channelStreamRoute, "/api/channel/x/stream", { token: channelToken }, true],
      [watchStreamRoute, "/api/watch/x/stream", { token: shareToken }, true],
    ];
    for (const [handler, path, params, anonymous] of streams) {
      const abort = new AbortController();
      try {
        await refused(await call(handler, `${path}?after=${TOO_BIG}`, params, { anonymous, signal: abort.signal }), "after");
        await refused(await call(handler, `${path}?after=1.5`, params, { anonymous, signal: abort.signal }), "after");
        for (const lastEventId of [String(TOO_BIG), "1.5", "abc", "-1"])
          expect(await refused(await call(handler, path, params, { anonymous, signal: abort.signal, headers: { "last-event-id": lastEventId } }), "Last-Event-ID")).toEqual(["must be an event id"]);
        // A valid resume point still streams.
        const ok = await call(handler, path, params, { anonymous, signal: abort.signal, headers: { "last-event-id": "1" } });
        expect(ok.status).toBe(200);
        expect(ok.headers.get("content-type")).toMatch(/^text\/event-stream/);
      } finally {
        abort.abort();
      }
    }
  });
});

describe("scenario documents that used to crash the reader", () => {
  const v1 = (injections: unknown) => ({ ...makeScenarioDefinition(), schemaVersion: 1, injections });

  it("a version 1 scenario whose injections hold a non-object answers 422 naming the entry", async () => {
    const json = await call(importRoute, "/api/scenarios/import", {}, { method: "POST", body: { format: "json", content: JSON.stringify(v1([null])) } });
    await refused(json, "injections[0]");
    const yaml = ["schemaVersion: 1", "title: Seven", "summary: s", "components: [api]", "timeBoxMinutes: 30", "rootCause: r", "modelAnswer: fix it", "injections:", "  - 7", ""].join("\n");
    await refused(await call(importRoute, "/api/scenarios/import", {}, { method: "POST", body: { content: yaml } }), "injections[0]");
    await refused(await call(createScenarioRoute, "/api/scenarios", {}, { method: "POST", body: { definition: v1(["step", { id: "inj-1", name: "n", instructions: "i" }]) } }), "definition.injections[0]");
  });

  it("a YAML alias bomb is refused as a problem with the document, not a 500", async () => {
    const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let level = 1; level < 9; level += 1) bomb.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${String.fromCharCode(96 + level)}`).join(",")}]`);
    const messages = await refused(await call(importRoute, "/api/scenarios/import", {}, { method: "POST", body: { format: "yaml", content: bomb.join("\n") } }), "(document)");
    expect(messages.join(" ")).toMatch(/alias/i);
  });
});

describe("links shown to people", () => {
  it("a signal's dashboard link must be http(s): javascript: and data: are refused", async () => {
    for (const dashboardUrl of ["javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "JAVASCRIPT:alert(1)"]) {
      const definition = makeScenarioDefinition({ expectedSignals: [{ id: "sig-1", signal: "5xx rate", direction: "up", dashboardUrl }] });
      expect(await refused(await call(createScenarioRoute, "/api/scenarios", {}, { method: "POST", body: { definition } }), "definition.expectedSignals[0].dashboardUrl")).toEqual(["must be an http:// or https:// URL"]);
    }
    const fine = makeScenarioDefinition({ expectedSignals: [{ id: "sig-1", signal: "5xx rate", direction: "up", dashboardUrl: "https://grafana.example.com/d/api" }] });
    expect((await call(createScenarioRoute, "/api/scenarios", {}, { method: "POST", body: { definition: fine } })).status).toBe(201);
  });
});
