import pg from "pg";
import pino from "pino";
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { POST as authPost } from "../../app/api/auth/[...all]/route";
import { GET as listScenarios } from "../../app/api/scenarios/route";
import { disconnectPrisma, prisma } from "../../lib/db/client";
import { PrismaClient } from "../../lib/db/generated/client";
import { DATABASE_AWAY, isDatabaseUnavailable, orDatabaseAway } from "../../lib/db/unavailable";
import { useDatabaseUrl } from "../../lib/env";
import { problemResponse } from "../../lib/http/problem";
import { renderToStaticMarkup } from "react-dom/server";
import SetupPage from "../../app/setup/page";
import SignInPage from "../../app/sign-in/page";
import { createTestToken, createTestUser } from "../auth";

const silent = pino({ level: "silent" });
/** Nothing listens on port 1: every connection is refused, as when the database is down. */
const DEAD_DATABASE = "postgresql://drillroom:drillroom@127.0.0.1:1/drillroom";

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("the query should have failed"),
    (error: unknown) => error,
  );
}

describe("an unreachable database is told apart from a bug", () => {
  it("reads Prisma's error for a refused connection as unavailable, and answers 503 with Retry-After", async () => {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: DEAD_DATABASE, connectionTimeoutMillis: 2000 }) });
    const error = await errorOf(client.drill.count());
    expect(isDatabaseUnavailable(error)).toBe(true);
    const response = problemResponse(error, silent, "req-1");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toMatchObject({ code: "database_unavailable", title: expect.stringMatching(/database cannot be reached/) });
  });

  it("reads a connection the server dropped mid-query as unavailable", async () => {
    const client = new pg.Client({ connectionString: inject("databaseUrl") });
    client.on("error", () => {});
    await client.connect();
    const { rows } = await client.query<{ pid: number }>("SELECT pg_backend_pid() AS pid");
    const query = errorOf(client.query("SELECT pg_sleep(5)"));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await prisma().$executeRaw`SELECT pg_terminate_backend(${rows[0]!.pid}::int)`;
    const error = await query;
    await client.end().catch(() => {});
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(problemResponse(error, silent, "req-2").status).toBe(503);
  });

  it("keeps constraint errors and bugs out of it", async () => {
    const user = await createTestUser("observer");
    const duplicate = await errorOf(prisma().user.create({ data: { id: `${user.actor.id}-again`, email: user.email, name: "Same email", role: "observer" } }));
    expect(isDatabaseUnavailable(duplicate)).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(problemResponse(new TypeError("x"), silent, "req-3").status).toBe(500);
    await expect(orDatabaseAway(Promise.reject(new TypeError("a bug")))).rejects.toThrow("a bug");
    await expect(orDatabaseAway(Promise.reject(duplicate))).rejects.toBe(duplicate);
    expect(await orDatabaseAway(Promise.reject(Object.assign(new Error("refused"), { code: "ECONNREFUSED" })))).toBe(DATABASE_AWAY);
  });
});

describe("while the database is down", () => {
  afterAll(async () => {
    await disconnectPrisma();
    useDatabaseUrl(inject("databaseUrl"));
    (globalThis as { drillroomAuth?: unknown }).drillroomAuth = undefined;
  });

  it("answers API calls and sign-in with 503 and Retry-After, not a 500", async () => {
    const { token } = await createTestToken("facilitator");
    await disconnectPrisma();
    useDatabaseUrl(DEAD_DATABASE);
    (globalThis as { drillroomAuth?: unknown }).drillroomAuth = undefined;

    const api = await listScenarios(new Request("http://drillroom.test/api/scenarios", { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });
    expect(api.status).toBe(503);
    expect(api.headers.get("retry-after")).toBe("5");
    expect(await api.json()).toMatchObject({ code: "database_unavailable" });

    const signIn = await authPost(
      new Request("http://drillroom.test/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://drillroom.test" },
        body: JSON.stringify({ email: "someone@example.com", password: "a password long enough" }),
      }),
    );
    expect(signIn.status).toBe(503);
    expect(signIn.headers.get("retry-after")).toBe("5");
    expect(await signIn.json()).toMatchObject({ code: "database_unavailable" });
  });

  it("opens the sign-in and first-run pages saying the database is away, where Next would say only that the page failed", async () => {
    await disconnectPrisma();
    useDatabaseUrl(DEAD_DATABASE);
    const signIn = renderToStaticMarkup(await SignInPage({ searchParams: Promise.resolve({}) }));
    expect(signIn).toContain("Sign in to drillroom");
    expect(signIn).toContain("The database cannot be reached right now.");
    expect(signIn).not.toContain("Password");
    expect(renderToStaticMarkup(await SetupPage())).toContain("The database cannot be reached right now.");
  });
});
