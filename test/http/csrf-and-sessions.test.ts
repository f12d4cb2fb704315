import { randomInt } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as listDrillsRoute, POST as createDrillRoute } from "../../app/api/drills/route";
import { GET as meRoute } from "../../app/api/me/route";
import { DELETE as revokeTokenRoute } from "../../app/api/tokens/[id]/route";
import { createApiToken } from "../../lib/api-tokens/create-token";
import { auth, trustedOrigins } from "../../lib/identity/server";
import { prisma } from "../../lib/db/client";
import { env } from "../../lib/env";
import { createTestToken, createTestUser, sessionCookieFor, TEST_PASSWORD } from "../auth";
import { createTestScenario } from "../factories";

const BASE = "http://drillroom.test";
const noParams = { params: Promise.resolve({}) };

let facilitator: Awaited<ReturnType<typeof createTestUser>>;
let cookie: string;
beforeAll(async () => {
  facilitator = await createTestUser("facilitator");
  cookie = await sessionCookieFor(facilitator.email);
});

/** A POST /api/drills for a scenario of its own, so the drills it may create can be counted. */
async function attempt(headers: Record<string, string>) {
  const { scenario } = await createTestScenario();
  const response = await createDrillRoute(
    new Request(`${BASE}/api/drills`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ scenarioId: scenario.id }) }),
    noParams,
  );
  return { status: response.status, body: await response.json(), drills: await prisma().drill.count({ where: { scenarioId: scenario.id } }) };
}

describe("a cookie-authenticated write from another site", () => {
  it("is refused (403) when the browser says cross-site, and writes nothing", async () => {
    const result = await attempt({ cookie, "sec-fetch-site": "cross-site", origin: "https://evil.example" });
    expect(result).toMatchObject({ status: 403, drills: 0, body: { code: "forbidden", title: expect.stringContaining("Cross-site request refused") } });
  });

  it("is refused when only the Origin gives it away", async () => {
    expect(await attempt({ cookie, origin: "https://evil.example" })).toMatchObject({ status: 403, drills: 0 });
    // Same site is not same origin: a sibling subdomain cannot write either.
    expect(await attempt({ cookie, "sec-fetch-site": "same-site", origin: "http://other.drillroom.test" })).toMatchObject({ status: 403, drills: 0 });
    expect(await attempt({ cookie, origin: "null" })).toMatchObject({ status: 403, drills: 0 });
  });

  it("is allowed from drillroom's own pages", async () => {
    expect(await attempt({ cookie, "sec-fetch-site": "same-origin" })).toMatchObject({ status: 201, drills: 1 });
    expect(await attempt({ cookie, origin: BASE })).toMatchObject({ status: 201, drills: 1 });
    expect(await attempt({ cookie, "sec-fetch-site": "same-origin", origin: BASE })).toMatchObject({ status: 201, drills: 1 });
  });

  it("is allowed without Origin and Sec-Fetch-Site: not a browser, so not forgeable by a page", async () => {
    expect(await attempt({ cookie })).toMatchObject({ status: 201, drills: 1 });
  });

  it("guards every unsafe method: a cross-site DELETE does not revoke a token", async () => {
    const { id } = await createApiToken({ ctx: { actor: facilitator.actor }, input: { name: "kept", scopes: ["drill.read"] } });
    const revoke = (headers: Record<string, string>) => revokeTokenRoute(new Request(`${BASE}/api/tokens/${id}`, { method: "DELETE", headers: { cookie, ...headers } }), { params: Promise.resolve({ id }) });
    expect((await revoke({ "sec-fetch-site": "cross-site", origin: "https://evil.example" })).status).toBe(403);
    expect((await prisma().apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
    expect((await revoke({ "sec-fetch-site": "same-origin" })).status).toBe(200);
    expect((await prisma().apiToken.findUniqueOrThrow({ where: { id } })).revokedAt).not.toBeNull();
  });

  it("is allowed from the app's own pages reached by another address (a LAN IP), without DRILLROOM_URL naming it", async () => {
    // Next builds request.url from its own listening address; the browser's host is in Host / X-Forwarded-Host.
    const lan = { cookie, host: "192.168.1.20:3210", origin: "http://192.168.1.20:3210" };
    expect(await attempt(lan)).toMatchObject({ status: 201, drills: 1 });
    expect(await attempt({ ...lan, "sec-fetch-site": "same-origin" })).toMatchObject({ status: 201, drills: 1 });
    expect(await attempt({ cookie, host: "drills.internal", "x-forwarded-proto": "https", origin: "https://drills.internal" })).toMatchObject({ status: 201, drills: 1 });
  });

  it("is still refused from another site when the app is reached by another address", async () => {
    expect(await attempt({ cookie, host: "192.168.1.20:3210", origin: "http://192.168.1.21:3210" })).toMatchObject({ status: 403, drills: 0 });
    expect(await attempt({ cookie, host: "192.168.1.20:3210", origin: "https://evil.example", "sec-fetch-site": "cross-site" })).toMatchObject({ status: 403, drills: 0 });
    // The scheme counts: http on a host that the front says was reached over https is another origin.
    expect(await attempt({ cookie, host: "drills.internal", "x-forwarded-proto": "https", origin: "http://drills.internal" })).toMatchObject({ status: 403, drills: 0 });
    // A Host that is not a bare host[:port] matches nothing.
    expect(await attempt({ cookie, host: "evil.example/x", origin: "http://evil.example" })).toMatchObject({ status: 403, drills: 0 });
  });

  it("still needs a session: the same request without the cookie is a 401", async () => {
    expect(await attempt({ "sec-fetch-site": "same-origin" })).toMatchObject({ status: 401, drills: 0 });
  });
});

describe("trusted origins", () => {
  it("are the app's own origin; a local app answers as localhost and as 127.0.0.1", () => {
    expect(trustedOrigins()).toEqual([BASE]);
    expect(trustedOrigins("https://drills.example.com/")).toEqual(["https://drills.example.com"]);
    expect(trustedOrigins("http://localhost:3000")).toEqual(["http://localhost:3000", "http://127.0.0.1:3000"]);
    expect(trustedOrigins("http://127.0.0.1:3000")).toEqual(["http://localhost:3000", "http://127.0.0.1:3000"]);
    expect(trustedOrigins("http://localhost.evil.example:3000")).toEqual(["http://localhost.evil.example:3000"]);
  });
});

describe("requests that cannot be forged", () => {
  it("a cross-site GET is served: reads change nothing", async () => {
    const response = await listDrillsRoute(new Request(`${BASE}/api/drills`, { headers: { cookie, "sec-fetch-site": "cross-site", origin: "https://evil.example" } }), noParams);
    expect(response.status).toBe(200);
  });

  it("a Bearer-token write with cross-site headers is allowed: browsers never attach tokens by themselves", async () => {
    const { headers } = await createTestToken("facilitator");
    expect(await attempt({ ...headers, "sec-fetch-site": "cross-site", origin: "https://evil.example" })).toMatchObject({ status: 201, drills: 1 });
  });
});

/** Unique per test, so rate-limit buckets (kept in the shared database) never meet. */
const uniqueIp = () => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

function signIn(email: string, password: string, ip: string, headers: Record<string, string> = { origin: BASE }) {
  return auth().handler(
    new Request(`${BASE}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": ip, ...headers },
      body: JSON.stringify({ email, password }),
    }),
  );
}

describe("the session cookie", () => {
  it("is HttpOnly, SameSite=Lax, for the whole app, and works on the next request", async () => {
    const user = await createTestUser("observer");
    const response = await signIn(user.email, TEST_PASSWORD, uniqueIp());
    expect(response.status).toBe(200);
    const session = response.headers.getSetCookie().find((line) => line.startsWith("drillroom.session_token="));
    expect(session).toBeDefined();
    const attributes = session!.split(";").slice(1).map((part) => part.trim().toLowerCase());
    expect(attributes).toContain("httponly");
    expect(attributes).toContain("samesite=lax");
    expect(attributes).toContain("path=/");
    expect(attributes).toContain(`max-age=${60 * 60 * 24 * 7}`);
    // DRILLROOM_URL is http://drillroom.test here: a Secure cookie would never be sent back over http, so
    // better-auth sets Secure (and the __Secure- prefix) only when DRILLROOM_URL is https.
    expect(attributes).not.toContain("secure");

    const me = await meRoute(new Request(`${BASE}/api/me`, { headers: { cookie: session!.split(";")[0]! } }), noParams);
    expect(await me.json()).toMatchObject({ actor: { type: "observer", id: user.id } });
  });

  it("is audited with the client address better-auth read from X-Forwarded-For", async () => {
    const user = await createTestUser("observer");
    const ip = uniqueIp();
    expect((await signIn(user.email, TEST_PASSWORD, ip)).status).toBe(200);
    const entries = await prisma().auditEntry.findMany({ where: { action: "user.signed_in", targetId: user.id } });
    expect(entries).toMatchObject([{ actorId: user.id, detail: { ipAddress: ip } }]);
  });
});

describe("signing in from another machine", () => {
  it("works at the address the browser used (its Origin is the request's own host), not only at DRILLROOM_URL", async () => {
    const user = await createTestUser("observer");
    const response = await signIn(user.email, TEST_PASSWORD, uniqueIp(), { host: "192.168.1.20:3210", origin: "http://192.168.1.20:3210" });
    expect(response.status, await response.clone().text()).toBe(200);
  });

  it("is refused from another site, whatever the host", async () => {
    const user = await createTestUser("observer");
    const response = await signIn(user.email, TEST_PASSWORD, uniqueIp(), { host: "192.168.1.20:3210", origin: "http://evil.example" });
    expect(response.status).toBe(403);
    expect(await prisma().session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe("the sign-in rate limit", () => {
  const max = () => env().SIGN_IN_MAX_ATTEMPTS;

  it(`refuses the attempt after SIGN_IN_MAX_ATTEMPTS, even with the right password`, async () => {
    const user = await createTestUser("observer");
    const ip = uniqueIp();
    for (let attempt = 1; attempt <= max(); attempt++) {
      expect((await signIn(user.email, "wrong password, again", ip)).status, `attempt ${attempt}`).toBe(401);
    }
    const blocked = await signIn(user.email, TEST_PASSWORD, ip);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.getSetCookie()).toEqual([]);
    expect(Number(blocked.headers.get("x-retry-after"))).toBeGreaterThan(0);
    expect(await prisma().session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("counts per client address: another address still signs in", async () => {
    const user = await createTestUser("observer");
    const ip = uniqueIp();
    for (let attempt = 1; attempt <= max(); attempt++) await signIn(user.email, "wrong password, again", ip);
    expect((await signIn(user.email, TEST_PASSWORD, ip)).status).toBe(429);
    expect((await signIn(user.email, TEST_PASSWORD, uniqueIp())).status).toBe(200);
  });

  it("lets the allowed number of attempts through", async () => {
    const user = await createTestUser("observer");
    const ip = uniqueIp();
    for (let attempt = 1; attempt < max(); attempt++) expect((await signIn(user.email, "wrong password, again", ip)).status).toBe(401);
    expect((await signIn(user.email, TEST_PASSWORD, ip)).status).toBe(200);
  });
});
