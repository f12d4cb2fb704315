import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createApiToken } from "../../lib/api-tokens/create-token";
import { joinChannel } from "../../lib/channel/join-channel";
import { anonymousActor, type Ctx } from "../../lib/context";
import { disconnectPrisma } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { createDrill } from "../../lib/drills/create";
import { getDrill } from "../../lib/drills/get";
import { startDrill } from "../../lib/drills/start";
import { addNote } from "../../lib/drills/add-note";
import { endDrill } from "../../lib/drills/end";
import { createExercise } from "../../lib/exercises/create";
import { createItem } from "../../lib/improvements/create-item";
import { beginReview } from "../../lib/review/begin-review";
import { closeDrill } from "../../lib/review/close";
import { useDatabaseUrl } from "../../lib/env";
import { logger } from "../../lib/logger";
import { serializeScenario } from "../../lib/scenarios/document";
import { createShareLink } from "../../lib/share-links/create-share-link";
import { createTestUser, sessionCookieFor } from "../auth";
import { MATRIX, paramsFor, type DrillState, type Fixture, type MatrixRow } from "./route-matrix";
import { createTestScenario, makeScenarioDefinition, staffCtx } from "../factories";
import { createScratchDatabase, dropScratchDatabases, withClient } from "../scratch-database";
import { makeRoster } from "../support/roster";

/**
 * Every route of the route table (the authorization matrix, which its own test keeps complete) with hostile values in
 * its params, query and body, as a signed-in admin and once anonymously. Nothing may answer 5xx and nothing may change
 * in the database: every request below is one a correct server refuses. This file has a database of its own (its
 * worker's client points there before anything connects), so other test files running at the same time change nothing
 * it compares.
 */

const ORIGIN = "http://drillroom.test";
const DEEP = 10_000;
const deepText = `${"[".repeat(DEEP)}${"]".repeat(DEEP)}`;
const DEEP_MARK = "__deep_nesting__";
/** Values for a body field: none fits any field a route reads. */
const LEAVES: [string, unknown][] = [
  ["NUL", "a\u0000b"],
  ["lone surrogate", "a\ud800b"],
  ["2^31", 2 ** 31],
  ["[null]", [null]],
  ["__proto__", JSON.parse('{"__proto__":{"polluted":true}}')],
  ["deep nesting", DEEP_MARK],
];
/** Whole bodies. */
const BODIES: [string, string][] = [
  ["[null]", "[null]"],
  ["deep nesting", deepText],
  ["NUL string", JSON.stringify("\u0000")],
  ["broken JSON", '{"a":'],
  ["oversize", JSON.stringify({ text: "x".repeat(9 * 1024 * 1024) })],
];
/** Path params, as Next would hand them over (a %FF that does not decode is what Next would pass through raw). */
const PARAMS: [string, string][] = [
  ["NUL", "a\u0000b"],
  ["lone surrogate", "a\ud800b"],
  ["2^31", String(2 ** 31)],
  ["bad percent-encoding", "%FF"],
  ["oversize", "x".repeat(20_000)],
  ["__proto__", "__proto__"],
];
/** Query strings, raw: every query name a route reads gets the value. */
const QUERY_NAMES = ["after", "q", "tag", "component", "archived", "format", "from", "to", "scenarioId", "action", "actor", "before", "limit", "status", "team", "owner", "drillId", "exerciseId", "verification"];
const QUERIES: [string, string][] = [
  ["NUL", "%00"],
  ["lone surrogate (UTF-8 of one)", "%ED%A0%80"],
  ["2^31", String(2 ** 31)],
  ["bad percent-encoding", "%FF"],
  ["[null]", "%5Bnull%5D"],
  ["huge number", "1e309"],
];
/** better-auth counts every request to its endpoints in this table, by design: the only writes a refused request makes. */
const IGNORED_TABLES = new Set(["RateLimit"]);

let databaseUrl = "";
let adminHeaders: Record<string, string> = {};
const fixtures: Partial<Record<DrillState | "none", Fixture>> = {};
const system: Ctx = staffCtx({ type: "system", name: "sweep setup" });

beforeAll(async () => {
  databaseUrl = await createScratchDatabase("sweep");
  await migrate(databaseUrl);
  await disconnectPrisma();
  useDatabaseUrl(databaseUrl);
  const admin = await createTestUser("admin");
  adminHeaders = { cookie: await sessionCookieFor(admin.email), origin: ORIGIN, "sec-fetch-site": "same-origin" };
  const facilitator = await createTestUser("facilitator");
  const { scenario } = await createTestScenario({ successCriteria: [{ milestone: "mitigated", withinMinutes: 30 }], objectives: [{ id: "mitigate", name: "Mitigate", milestones: ["mitigated"] }] }, system);
  const observer = await createTestUser("observer");
  const token = await createApiToken({ ctx: { actor: facilitator.actor }, input: { name: "sweep", scopes: ["drill.read"] } });
  const exercise = await createExercise({ ctx: system, input: { data: { name: "Sweep game day", date: "2026-12-05" } } });
  for (const state of ["planned", "running", "ended", "in_review", "closed"] as const) {
    const drillId = (await createDrill({ ctx: system, input: { scenarioId: scenario.id, roster: makeRoster() } })).id;
    const started = state === "planned" ? undefined : await startDrill({ ctx: system, input: { drillId } });
    const drill = await getDrill({ ctx: system, input: { id: drillId } });
    const link = await createShareLink({ ctx: system, input: { drillId, data: { label: "sweep" } } });
    const joined = state !== "planned" ? await joinChannel({ ctx: { actor: anonymousActor }, input: { token: drill.channelToken!, data: { displayName: "Mina" } } }) : undefined;
    const note = await addNote({ ctx: system, input: { drillId, data: { text: "sweep note" } } });
    const actionItem = await createItem({ ctx: system, input: { data: { drillId, title: "sweep item", owner: "Mina", category: "tooling" } } });
    if (state === "ended" || state === "in_review" || state === "closed") await endDrill({ ctx: system, input: { drillId, data: { outcome: "mitigated" } } });
    if (state === "in_review" || state === "closed") await beginReview({ ctx: system, input: { drillId } });
    if (state === "closed") await closeDrill({ ctx: system, input: { drillId } });
    fixtures[state] = {
      scenarioId: scenario.id,
      drillId,
      channelToken: drill.channelToken!,
      shareToken: link.path.split("/").pop()!,
      linkId: link.id,
      userId: observer.id,
      tokenId: token.id,
      itemId: drill.scriptItems.find((item) => item.status === "pending")?.id ?? "no-item",
      participantId: joined?.participantId ?? "",
      participantKey: joined?.secret ?? "",
      eventSeq: started?.id ?? 1,
      noteSeq: note.id,
      exerciseId: exercise.id,
      actionItemId: actionItem.id,
      unique: randomUUID().slice(0, 8),
    };
  }
  fixtures.none = fixtures.running;
}, 120_000);

afterAll(async () => {
  await disconnectPrisma();
  useDatabaseUrl(inject("databaseUrl"));
  await dropScratchDatabases();
});

/** One checksum per table over every row, in every schema the app writes to. */
async function databaseState(): Promise<Record<string, string>> {
  return withClient(databaseUrl, async (client) => {
    const tables = await client.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
    );
    const state: Record<string, string> = {};
    for (const { schema, name } of tables.rows) {
      if (IGNORED_TABLES.has(name)) continue;
      const { rows } = await client.query<{ count: string; sum: string | null }>(
        `SELECT count(*)::text AS count, md5(string_agg(md5(t::text), ',' ORDER BY md5(t::text))) AS sum FROM "${schema}"."${name}" t`,
      );
      state[`${schema}.${name}`] = `${rows[0]!.count}:${rows[0]!.sum ?? ""}`;
    }
    return state;
  });
}

interface Attempt {
  row: MatrixRow;
  what: string;
  params: Record<string, string | string[]>;
  url: string;
  body?: string;
  anonymous?: boolean;
}

const safeSegment = (value: string) => {
  try {
    return encodeURIComponent(value);
  } catch {
    return "%ED%A0%80";
  }
};

function validBody(row: MatrixRow, f: Fixture): Record<string, unknown> | undefined {
  const body = row.body?.(f) as Record<string, unknown> | undefined;
  if (!body) return undefined;
  const filled = { ...body };
  if (filled.definition === "DEFINITION") filled.definition = makeScenarioDefinition();
  if (filled.content === "DOCUMENT") filled.content = serializeScenario(makeScenarioDefinition(), "yaml");
  return filled;
}

/** Paths to the first `limit` leaves of a body (a scenario definition has hundreds: a spread sample of them). */
function leafPaths(value: unknown, limit = 30): (string | number)[][] {
  const all: (string | number)[][] = [];
  const walk = (node: unknown, path: (string | number)[]) => {
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...path, index]));
    else if (node && typeof node === "object") for (const [key, item] of Object.entries(node)) walk(item, [...path, key]);
    else all.push(path);
  };
  walk(value, []);
  if (all.length <= limit) return all;
  const step = all.length / limit;
  return Array.from({ length: limit }, (_, index) => all[Math.floor(index * step)]!);
}

function withLeaf(body: Record<string, unknown>, path: (string | number)[], value: unknown): string {
  const copy = structuredClone(body) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return JSON.stringify(copy).replace(JSON.stringify(DEEP_MARK), deepText);
}

function attemptsFor(row: MatrixRow): Attempt[] {
  const f = fixtures[row.drill ?? "none"]!;
  const path = row.path(f, "admin");
  const params = paramsFor(row.route, path);
  const body = validBody(row, f);
  const reads = row.method !== "GET" && row.method !== "DELETE";
  const attempts: Attempt[] = [];
  const url = (pathname: string, query = "") => `${ORIGIN}${pathname}${query}`;
  // Params: each dynamic segment in turn, the rest left valid.
  for (const name of Object.keys(params)) {
    for (const [label, value] of PARAMS) {
      const hostile = { ...params, [name]: Array.isArray(params[name]) ? [value] : value };
      const pathname = `/api/${row.route.split("/").map((part) => (part === `[${name}]` || part === `[...${name}]` ? safeSegment(value) : /^\[/.test(part) ? String(params[part.replace(/[[\].]/g, "")]) : part)).join("/")}`;
      attempts.push({ row, what: `param ${name}: ${label}`, params: hostile, url: url(pathname), body: body && JSON.stringify(body) });
    }
  }
  // Query strings: only read-only routes, so a route that ignores its query cannot be made to act.
  if (row.method === "GET")
    for (const [label, value] of QUERIES)
      attempts.push({ row, what: `query: ${label}`, params, url: url(new URL(path, ORIGIN).pathname, `?${QUERY_NAMES.map((name) => `${name}=${value}`).join("&")}&__proto__=${value}`) });
  // Bodies: every leaf of a valid body in turn, then whole hostile bodies.
  if (reads && body)
    for (const leaf of leafPaths(body))
      for (const [label, value] of LEAVES) attempts.push({ row, what: `body ${leaf.join(".")}: ${label}`, params, url: url(path), body: withLeaf(body, leaf, value) });
  if (reads && body) for (const [label, text] of BODIES) attempts.push({ row, what: `body: ${label}`, params, url: url(path), body: text });
  // Once anonymous: the first hostile attempt, without credentials.
  if (attempts[0]) attempts.push({ ...attempts[0], anonymous: true, what: `anonymous, ${attempts[0].what}` });
  return attempts;
}

type Handler = (request: Request, context: { params: Promise<Record<string, unknown>> }) => Promise<Response>;

async function send(attempt: Attempt, index: number): Promise<{ status: number; title?: string }> {
  const { row } = attempt;
  const handlers = (await import(`../../app/api/${row.route}/route`)) as Record<string, Handler>;
  const f = fixtures[row.drill ?? "none"]!;
  const aborted = new AbortController();
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "x-forwarded-for": `10.77.${Math.floor(index / 250) % 250}.${(index % 250) + 1}`,
    ...(attempt.anonymous ? {} : adminHeaders),
    ...row.headers?.(f),
  };
  let response: Response;
  try {
    const request = new Request(attempt.url, { method: row.method, headers, body: attempt.body, signal: aborted.signal });
    response = await handlers[row.method]!(request, { params: Promise.resolve(attempt.params) });
  } catch (error) {
    return { status: 599, title: `threw: ${(error as Error).message}` };
  }
  const text = response.headers.get("content-type")?.includes("event-stream") ? "" : await response.text().catch(() => "");
  aborted.abort(); // ends live streams
  await response.body?.cancel().catch(() => {});
  let title: string | undefined;
  try {
    title = (JSON.parse(text) as { title?: string }).title;
  } catch {
    title = text.slice(0, 80);
  }
  return { status: response.status, title };
}

describe("hostile values on every route", () => {
  it("never answers 5xx and never changes the database", async () => {
    const before = await databaseState();
    // Every 5xx logs its stack: hundreds of them would bury the summary below, which names each one.
    const level = logger.level;
    logger.level = "silent";
    const attempts = MATRIX.flatMap(attemptsFor);
    const failures: string[] = [];
    const accepted: string[] = [];
    const statuses: Record<number, number> = {};
    /** The sweep proves nothing if the admin never got past sign-in: only Slack's door (signed) and sign-in itself answer them 401. */
    const turnedAway: string[] = [];
    let next = 0;
    // A few at a time: two cores, and the handlers mostly wait on Postgres.
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < attempts.length) {
          const index = next++;
          const attempt = attempts[index]!;
          const { status, title } = await send(attempt, index);
          statuses[status] = (statuses[status] ?? 0) + 1;
          if (status === 401 && !attempt.anonymous && !["slack/events", "auth/[...all]"].includes(attempt.row.route)) turnedAway.push(`${attempt.row.method} /api/${attempt.row.route} ${attempt.what}`);
          if (status >= 500) failures.push(`${status} ${attempt.row.method} /api/${attempt.row.route} ${attempt.what}: ${title}`);
          // A refused request is a 4xx; anything that went through may have changed something.
          if (status < 400 && attempt.row.method !== "GET") accepted.push(`${status} ${attempt.row.method} /api/${attempt.row.route} ${attempt.what}`);
        }
      }),
    );
    logger.level = level;
    const after = await databaseState();
    const changed = Object.keys({ ...before, ...after }).filter((table) => before[table] !== after[table]);
    console.log(`hostile sweep: ${attempts.length} requests over ${MATRIX.length} route methods, ${failures.length} answered 5xx, tables changed: ${changed.join(", ") || "none"}; statuses ${JSON.stringify(statuses)}`);
    if (failures.length) console.log(failures.join("\n"));
    if (accepted.length) console.log(`accepted:\n${accepted.join("\n")}`);
    expect(turnedAway).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(accepted).toEqual([]);
    expect(changed).toEqual([]);
    expect(failures).toEqual([]);
  }, 120_000);
});
