import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHttpTarget, type HttpTarget } from "../../test/support/http-target";
import type { WebhookAction } from "../scenarios/schemas";
import type { TemplateValues } from "../scenarios/template";
import { executeAction } from "./execute-action";
import { verifySignature } from "./signature";

const values = Object.fromEntries(["drill.id", "drill.title", "drill.startedAt", "scenario.id", "scenario.title", "environment.name", "step.id", "step.name", "step.phase"].map((name) => [name, `v-${name}`])) as TemplateValues;
const secret = "whsec_unit-test-secret";
const fast = { retry: { baseDelayMs: 1 } };
const webhook = (path: string, overrides: Partial<WebhookAction> = {}): WebhookAction => ({ kind: "webhook", method: "POST", url: `${target.url}${path}`, headers: {}, body: '{"drill":"{{drill.id}}"}', timeoutSeconds: 5, ...overrides });

let target: HttpTarget;
const seen = new Map<string, number>();
beforeAll(async () => {
  // `/flaky-N/...` fails N times with 502, then answers; `/gone` always 404s; `/slow` answers after 1.5 s.
  target = await startHttpTarget((request) => {
    const count = (seen.get(request.path) ?? 0) + 1;
    seen.set(request.path, count);
    const flaky = /^\/flaky-(\d+)\//.exec(request.path);
    if (flaky && count <= Number(flaky[1])) return { status: 502, body: "bad gateway" };
    if (request.path.startsWith("/gone")) return { status: 404, body: "no such toxic" };
    if (request.path.startsWith("/slow")) return { delayMs: 1500 };
    return {};
  });
});
afterAll(() => target.close());

const calls = (path: string) => target.received.filter((request) => request.path === path);

describe("executeAction: signing and retries", () => {
  it("signs the raw body with the secret and a timestamp the receiver can check", async () => {
    const result = await executeAction(webhook("/signed"), values, { signing: { secret, deliveryId: "delivery-1" } });
    expect(result).toMatchObject({ outcome: "ok", attempts: 1 });
    const [request] = calls("/signed");
    expect(request!.body).toBe('{"drill":"v-drill.id"}');
    expect(verifySignature({ secret, headers: request!.headers, rawBody: request!.body })).toEqual({ ok: true, deliveryId: "delivery-1" });
    expect(verifySignature({ secret: "whsec_wrong", headers: request!.headers, rawBody: request!.body }).ok).toBe(false);
  });

  it("signs a request without a body over the empty string", async () => {
    await executeAction(webhook("/signed-empty", { method: "DELETE", body: "" }), values, { signing: { secret } });
    const [request] = calls("/signed-empty");
    expect(request!.body).toBe("");
    expect(verifySignature({ secret, headers: request!.headers, rawBody: "" }).ok).toBe(true);
  });

  it("does not let a step's own headers replace the signature", async () => {
    const headers = { "X-Drillroom-Signature": "sha256=forged", "X-Drillroom-Delivery": "mine" };
    await executeAction(webhook("/forged", { headers }), values, { signing: { secret, deliveryId: "real" } });
    expect(verifySignature({ secret, headers: calls("/forged")[0]!.headers, rawBody: '{"drill":"v-drill.id"}' })).toEqual({ ok: true, deliveryId: "real" });
  });

  it("retries a 5xx, re-signing each attempt under the same delivery id", async () => {
    const result = await executeAction(webhook("/flaky-1/a"), values, { ...fast, signing: { secret } });
    expect(result).toMatchObject({ outcome: "ok", status: 200, attempts: 2 });
    const attempts = calls("/flaky-1/a");
    expect(attempts).toHaveLength(2);
    const deliveries = attempts.map((request) => verifySignature({ secret, headers: request.headers, rawBody: request.body }));
    expect(deliveries.every((check) => check.ok)).toBe(true);
    expect(new Set(attempts.map((request) => request.headers["x-drillroom-delivery"])).size).toBe(1);
  });

  it("gives up after the configured attempts and keeps the last answer", async () => {
    const result = await executeAction(webhook("/flaky-5/b"), values, { retry: { attempts: 2, baseDelayMs: 1 } });
    expect(result).toMatchObject({ outcome: "failed", status: 502, attempts: 2, responseExcerpt: "bad gateway" });
    expect(calls("/flaky-5/b")).toHaveLength(2);
  });

  it("does not retry a 4xx: the target will answer the same again", async () => {
    const result = await executeAction(webhook("/gone"), values, fast);
    expect(result).toMatchObject({ outcome: "failed", status: 404, attempts: 1, error: "the target answered HTTP 404" });
    expect(calls("/gone")).toHaveLength(1);
  });

  it("retries a timeout", async () => {
    const result = await executeAction(webhook("/slow", { timeoutSeconds: 1 }), values, { retry: { attempts: 2, baseDelayMs: 1 } });
    expect(result).toMatchObject({ outcome: "failed", status: null, attempts: 2, error: "no response within 1 s (timed out)" });
  });

  it("stops retrying when cancelled", async () => {
    const controller = new AbortController();
    const pending = executeAction(webhook("/flaky-9/c"), values, { retry: { attempts: 5, baseDelayMs: 200 }, signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ outcome: "failed", attempts: 1 });
  });
});

describe("executeAction: what comes back", () => {
  it("redacts header values, the secret and signatures from a response that echoes the request", async () => {
    const echo = await startHttpTarget((request) => ({ body: JSON.stringify({ headers: request.headers, note: `key ${secret}` }) }));
    try {
      const result = await executeAction({ kind: "webhook", method: "POST", url: `${echo.url}/anything`, headers: { Authorization: "Bearer api-token-123" }, body: "", timeoutSeconds: 5 }, values, { signing: { secret } });
      expect(result.kind === "webhook" && result.responseExcerpt).toContain("[redacted]");
      expect(JSON.stringify(result)).not.toMatch(/api-token-123|unit-test-secret|sha256=[0-9a-f]{64}/);
    } finally {
      await echo.close();
    }
  });
});
