import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { POST as createDrillRoute } from "../../app/api/drills/route";
import { prisma } from "../../lib/db/client";
import { getDrill } from "../../lib/drills/get";
import { channelUrl, publicBaseUrl } from "../../lib/drills/links";
import { useDatabaseUrl } from "../../lib/env";
import { parseOrigin, requestOrigin } from "../../lib/auth/origin";
import { createShareLink } from "../../lib/share-links/create-share-link";
import { createTestToken } from "../auth";
import { createTestScenario, staffCtx } from "../factories";

const configured = process.env.DRILLROOM_URL;
/** lib/env reads once; these tests switch DRILLROOM_URL off and on. */
function setAppUrl(url: string | undefined) {
  if (url === undefined) delete process.env.DRILLROOM_URL;
  else process.env.DRILLROOM_URL = url;
  useDatabaseUrl(process.env.DATABASE_URL!);
}
afterEach(() => setAppUrl(configured));

let headers: Record<string, string>;
beforeAll(async () => {
  headers = (await createTestToken("facilitator")).headers;
});

/** POST /api/drills as a browser at `host` would send it (Next builds request.url from its own address). */
async function createFrom(host: string, proto?: string) {
  const { scenario } = await createTestScenario();
  const response = await createDrillRoute(
    new Request("http://localhost:3000/api/drills", { method: "POST", headers: { ...headers, host, ...(proto ? { "x-forwarded-proto": proto } : {}), "content-type": "application/json" }, body: JSON.stringify({ scenarioId: scenario.id, chatProvider: "builtin", publicOrigin: "javascript:alert(1)" }) }),
    { params: Promise.resolve({}) },
  );
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe("links built for others", () => {
  it("without DRILLROOM_URL use the address the drill was created from: channel link and share link", async () => {
    setAppUrl(undefined);
    const id = await createFrom("192.168.1.20:3210");
    expect((await prisma().drill.findUniqueOrThrow({ where: { id } })).publicOrigin).toBe("http://192.168.1.20:3210");
    const view = await getDrill({ ctx: staffCtx(), input: { id } });
    expect(view.channelUrl).toBe(`http://192.168.1.20:3210/channel/${view.channelToken}`);

    const share = await createShareLink({ ctx: staffCtx(), input: { drillId: id, data: { label: "leads", expiresInHours: 1 } } });
    expect(share.url).toMatch(/^http:\/\/192\.168\.1\.20:3210\/watch\/[\w-]{20,}$/);
  });

  it("keep the scheme the front reports", async () => {
    setAppUrl(undefined);
    const id = await createFrom("drills.internal", "https");
    expect((await getDrill({ ctx: staffCtx(), input: { id } })).channelUrl).toMatch(/^https:\/\/drills\.internal\/channel\//);
  });

  it("use DRILLROOM_URL when it is set, whatever address the drill was created from", async () => {
    setAppUrl("https://drills.example.com/");
    const id = await createFrom("192.168.1.20:3210");
    expect((await getDrill({ ctx: staffCtx(), input: { id } })).channelUrl).toMatch(/^https:\/\/drills\.example\.com\/channel\/[\w-]+$/);
  });

  it("never come from a hostile Host header: nothing is stored, and the app's own address is used", async () => {
    setAppUrl(undefined);
    for (const host of ["evil.example/path", "a@evil.example", "evil.example:99999", "[::1", "javascript:alert(1)"]) {
      const id = await createFrom(host);
      expect((await prisma().drill.findUniqueOrThrow({ where: { id } })).publicOrigin, host).toBeNull();
      expect((await getDrill({ ctx: staffCtx(), input: { id } })).channelUrl, host).toMatch(/^http:\/\/localhost:\d+\/channel\//);
    }
  });
});

describe("origins", () => {
  it("accept only a bare http(s) scheme://host[:port]", () => {
    expect(parseOrigin("http://192.168.1.20:3210")).toBe("http://192.168.1.20:3210");
    expect(parseOrigin("https://Drills.Example.com:443/")).toBe("https://drills.example.com");
    for (const bad of ["javascript:alert(1)", "file:///etc/passwd", "http://u:p@host", "http://host/path", "http://host?x=1", "", null, "x".repeat(300)]) expect(parseOrigin(bad), String(bad)).toBeNull();
  });

  it("of a request come from X-Forwarded-Host or Host, and X-Forwarded-Proto", () => {
    const request = (h: Record<string, string>) => new Request("http://127.0.0.1:40000/api/x", { headers: h });
    expect(requestOrigin(request({ host: "10.0.0.7:3000" }))).toBe("http://10.0.0.7:3000");
    expect(requestOrigin(request({ host: "127.0.0.1:40000", "x-forwarded-host": "drills.internal", "x-forwarded-proto": "https" }))).toBe("https://drills.internal");
    expect(requestOrigin(request({ host: "10.0.0.7:3000", "x-forwarded-proto": "gopher" }))).toBe("http://10.0.0.7:3000");
    expect(requestOrigin(request({ host: "evil.example/x" }))).toBeNull();
  });

  it("stored on a drill are re-checked when links are built", () => {
    setAppUrl(undefined);
    expect(publicBaseUrl({ publicOrigin: "javascript:alert(1)" })).toMatch(/^http:\/\/localhost:\d+$/);
    expect(channelUrl({ publicOrigin: "http://10.0.0.7:3000", channelToken: "abc" })).toBe("http://10.0.0.7:3000/channel/abc");
  });
});
