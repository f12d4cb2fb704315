import { readdir } from "node:fs/promises";
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { POST as notesRoute } from "../../app/api/drills/[id]/notes/route";
import { GET as scenariosRoute } from "../../app/api/scenarios/route";
import { API_ROUTES, methodsAt } from "../../lib/http/route-table";
import { proxy } from "../../proxy";
import { callerAs } from "../auth";

const ORIGIN = "http://drillroom.test";
const facilitator = callerAs("facilitator");
const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

describe("the route table", () => {
  it("lists every route file under app/api with exactly the methods it exports", async () => {
    const files = (await readdir("app/api", { recursive: true })).filter((file) => file.endsWith("route.ts"));
    const served: [string, string[]][] = [];
    for (const file of files) {
      const route = file.replace(/\/?route\.ts$/, "");
      const handlers = (await import(`../../app/api/${route}/route`)) as Record<string, unknown>;
      served.push([route, METHODS.filter((method) => typeof handlers[method] === "function").sort()]);
    }
    const sort = (list: readonly (readonly [string, readonly string[]])[]) => [...list].map(([route, methods]) => [route, [...methods].sort()]).sort(([a], [b]) => String(a).localeCompare(String(b)));
    expect(sort(API_ROUTES)).toEqual(sort(served));
  });

  it("finds a path's route the way Next does: static segments before dynamic ones", () => {
    expect(methodsAt("/api/scenarios/import")).toEqual(["POST"]);
    expect(methodsAt("/api/scenarios/abc")).toEqual(["GET", "PUT"]);
    expect(methodsAt("/api/scenarios/abc/revisions/compare")).toEqual(["GET"]);
    expect(methodsAt("/api/auth/sign-in/email")).toEqual(["GET", "POST"]);
    expect(methodsAt("/api/nothing-here")).toBeNull();
    expect(methodsAt("/drills/abc")).toBeNull();
  });
});

describe("answers without a route's problem+json today", () => {
  it("a method the route does not serve is a 405 problem naming the ones it does (Allow)", async () => {
    const response = proxy(new NextRequest(`${ORIGIN}/api/drills`, { method: "PUT" }));
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 405, code: "method_not_allowed" });
    // HEAD and OPTIONS are Next's to answer for any route; served methods pass through.
    expect(proxy(new NextRequest(`${ORIGIN}/api/drills`, { method: "HEAD" })).status).toBe(200);
    expect(proxy(new NextRequest(`${ORIGIN}/api/drills`, { method: "OPTIONS" })).status).toBe(200);
    expect(proxy(new NextRequest(`${ORIGIN}/api/drills`, { method: "POST" })).status).toBe(200);
  });

  it("a body over the route's limit is a 413, however it arrives", async () => {
    const text = "x".repeat(2 * 1024 * 1024);
    const chunked = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(JSON.stringify({ text })));
        controller.close();
      },
    });
    const request = new Request(`${ORIGIN}/api/drills/some-drill/notes`, { method: "POST", headers: { "content-type": "application/json", ...facilitator.headers() }, body: chunked, duplex: "half" } as RequestInit);
    const response = await notesRoute(request, { params: Promise.resolve({ id: "some-drill" }) });
    expect(response.status).toBe(413);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 413, code: "payload_too_large" });
  });

  it("an address over 8 KiB is a 414 from the route too (the front answers it first in production)", async () => {
    const response = await scenariosRoute(new Request(`${ORIGIN}/api/scenarios?q=${"a".repeat(9000)}`, { headers: facilitator.headers() }), { params: Promise.resolve({}) });
    expect(response.status).toBe(414);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});
