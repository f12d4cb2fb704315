import { randomUUID } from "node:crypto";
import { readdir } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "../../lib/api-tokens/create-token";
import { joinChannel } from "../../lib/channel/join-channel";
import { useSlackConfig } from "../../lib/chat/slack/config";
import { anonymousActor, type Ctx } from "../../lib/context";
import { prisma } from "../../lib/db/client";
import { createDrill } from "../../lib/drills/create";
import { personalKey } from "../../lib/drills/roster/personal-key";
import { fireAlert } from "../../lib/drills/fire-alert";
import { getDrill } from "../../lib/drills/get";
import { pauseDrill } from "../../lib/drills/pause";
import { recordMilestone } from "../../lib/drills/milestones/record-milestone";
import { startDrill } from "../../lib/drills/start";
import { endDrill } from "../../lib/drills/end";
import { addNote } from "../../lib/drills/add-note";
import { createExercise } from "../../lib/exercises/create";
import { createItem } from "../../lib/improvements/create-item";
import { beginReview } from "../../lib/review/begin-review";
import { closeDrill } from "../../lib/review/close";
import { addRetroItem } from "../../lib/retro/add-item";
import { triggerInjection } from "../../lib/drills/injections/trigger-injection";
import { serializeScenario } from "../../lib/scenarios/document";
import { createShareLink } from "../../lib/share-links/create-share-link";
import { createTestScenario, makeScenarioDefinition, staffCtx } from "../factories";
import { makeRoster } from "../support/roster";
import { createTestToken, createTestUser, sessionCookieFor } from "../auth";
import { CALLERS, MATRIX, paramsFor, type Caller, type Fixture, type MatrixRow } from "./route-matrix";

const ORIGIN = "http://drillroom.test";
/** A scenario with an objective, so the debrief's rating route has one to rate. */
const DEBRIEFABLE = { successCriteria: [{ milestone: "mitigated" as const, withinMinutes: 30 }], objectives: [{ id: "mitigate", name: "Mitigate", milestones: ["mitigated" as const] }] };
const system: Ctx = staffCtx({ type: "system", name: "matrix setup" });
const credentials: Partial<Record<Caller, Record<string, string>>> = {};
let facilitatorActor: Ctx["actor"];

beforeAll(async () => {
  for (const role of ["observer", "facilitator", "admin"] as const) {
    const user = await createTestUser(role);
    if (role === "facilitator") facilitatorActor = user.actor;
    credentials[role] = { cookie: await sessionCookieFor(user.email), origin: ORIGIN, "sec-fetch-site": "same-origin" };
  }
  credentials.token = (await createTestToken("facilitator")).headers;
  useSlackConfig(null);
});

// Only the Slack row needs Slack on: with it on, new drills would run in Slack rather than the built-in channel.
const slackForMatrix = { botToken: "xoxb-matrix", signingSecret: "matrix-signing-secret", apiUrl: "http://127.0.0.1:9/api/", channelPattern: "drill-{id}", archiveOnClose: false, paceMs: 0 };

afterAll(() => useSlackConfig(undefined));

async function fixtureFor(row: MatrixRow): Promise<Fixture> {
  const { scenario } = await createTestScenario(DEBRIEFABLE, system);
  const f: Fixture = { scenarioId: scenario.id, drillId: "", channelToken: "", shareToken: "", linkId: "", userId: "", tokenId: "", itemId: "", participantId: "", participantKey: "", eventSeq: 0, noteSeq: 0, exerciseId: "", actionItemId: "", unique: randomUUID().slice(0, 8) };
  if (row.drill) {
    f.drillId = (await createDrill({ ctx: system, input: { scenarioId: scenario.id, roster: makeRoster() } })).id;
    if (row.drill !== "planned") f.eventSeq = (await startDrill({ ctx: system, input: { drillId: f.drillId } })).id;
    if (["ended", "in_review", "closed"].includes(row.drill)) await endDrill({ ctx: system, input: { drillId: f.drillId, data: { outcome: "mitigated" } } });
    if (["in_review", "closed"].includes(row.drill)) await beginReview({ ctx: system, input: { drillId: f.drillId } });
    if (row.drill === "closed") await closeDrill({ ctx: system, input: { drillId: f.drillId } });
    f.channelToken = (await getDrill({ ctx: system, input: { id: f.drillId } })).channelToken!;
  }
  for (const step of row.prepare ?? []) {
    const drillId = f.drillId;
    if (step === "fire_alert") await fireAlert({ ctx: system, input: { drillId, data: { alertId: "alert-2" } } });
    if (step === "trigger_injection") await triggerInjection({ ctx: system, input: { drillId, data: { stepId: "inj-1", note: "by hand" } } });
    if (step === "record_milestone") await recordMilestone({ ctx: system, input: { drillId, data: { milestone: "acknowledged" } } });
    if (step === "pause") await pauseDrill({ ctx: system, input: { drillId } });
    if (step === "script_item") f.itemId = (await getDrill({ ctx: system, input: { id: drillId } })).scriptItems.find((item) => item.status === "pending")!.id;
    if (step === "participant") {
      const joined = await joinChannel({ ctx: { actor: anonymousActor }, input: { token: f.channelToken, data: { displayName: "Mina" } } });
      f.participantId = joined.participantId;
      f.participantKey = joined.secret!;
    }
    if (step === "personal_key") f.participantKey = personalKey((await prisma().rosterMember.findFirstOrThrow({ where: { drillId }, orderBy: { name: "asc" } })).id);
    if (step === "note") f.noteSeq = (await addNote({ ctx: system, input: { drillId, data: { text: "They paged the right team" } } })).id;
    if (step === "retro_items") {
      f.itemId = (await addRetroItem({ ctx: system, input: { drillId, data: { category: "strength", text: "Paged fast" } } })).id;
      f.mergeItemId = (await addRetroItem({ ctx: system, input: { drillId, data: { category: "strength", text: "Escalated early" } } })).id;
    }
    if (step === "exercise") f.exerciseId = (await createExercise({ ctx: system, input: { data: { name: "Matrix game day", date: "2026-12-05" } } })).id;
    if (step === "action_item") f.actionItemId = (await createItem({ ctx: system, input: { data: { drillId, title: "Page the DBA team sooner", owner: "Mina", category: "training" } } })).id;
    if (step === "proposal") await prisma().actionItem.update({ where: { id: f.actionItemId }, data: { proposedDrillId: drillId, proposedAt: new Date() } });
    if (step === "user") f.userId = (await createTestUser("observer")).id;
    if (step === "token") f.tokenId = (await createApiToken({ ctx: { actor: facilitatorActor }, input: { name: "to revoke", scopes: ["drill.read"] } })).id;
    if (step === "share_link") {
      const link = await createShareLink({ ctx: system, input: { drillId, data: { label: "matrix" } } });
      f.linkId = link.id;
      f.shareToken = link.path.split("/").pop()!;
    }
  }
  return f;
}

function bodyOf(row: MatrixRow, f: Fixture): unknown {
  const body = row.body?.(f);
  if (!body || typeof body !== "object") return body;
  const filled: Record<string, unknown> = { ...body };
  if (filled.definition === "DEFINITION") filled.definition = makeScenarioDefinition();
  if (filled.content === "DOCUMENT") filled.content = serializeScenario(makeScenarioDefinition(), "yaml");
  return filled;
}

async function call(row: MatrixRow, caller: Caller, cell: number): Promise<number> {
  const f = await fixtureFor(row);
  const handlers = (await import(`../../app/api/${row.route}/route`)) as Record<string, (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>>;
  const path = row.path(f, caller);
  const body = bodyOf(row, f);
  const aborted = new AbortController();
  const request = new Request(`${ORIGIN}${path}`, {
    method: row.method,
    // A distinct address per call, so sign-in rate limiting counts nothing across cells.
    headers: { "content-type": "application/json", "x-forwarded-for": `10.9.${cell % 250}.${CALLERS.indexOf(caller) + 1}`, ...credentials[caller], ...row.headers?.(f) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: aborted.signal,
  });
  if (row.route === "slack/events") useSlackConfig(slackForMatrix);
  const response = await handlers[row.method]!(request, { params: Promise.resolve(paramsFor(row.route, path)) }).finally(() => useSlackConfig(null));
  aborted.abort(); // ends live streams
  await response.body?.cancel().catch(() => {});
  return response.status;
}

describe("authorization matrix", () => {
  it("covers every API route and method, and nothing that does not exist", async () => {
    const served: string[] = [];
    const files = (await readdir("app/api", { recursive: true })).filter((file) => file.endsWith("route.ts"));
    for (const file of files) {
      const route = file.replace(/\/?route\.ts$/, "");
      const handlers = (await import(`../../app/api/${route}/route`)) as Record<string, unknown>;
      for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE"]) if (typeof handlers[method] === "function") served.push(`${method} ${route}`);
    }
    const listed = MATRIX.map((row) => `${row.method} ${row.route}`);
    expect([...new Set(listed)].length).toBe(listed.length);
    expect(listed.sort()).toEqual(served.sort());
  });

  it.each(MATRIX.map((row, index) => [`${row.method} /api/${row.route}`, row, index] as const))("%s", async (_name, row, index) => {
    const actual: Record<string, number> = {};
    for (const caller of CALLERS) actual[caller] = await call(row, caller, index);
    expect(actual).toEqual(row.expect);
  });
});
