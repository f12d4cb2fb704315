import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closedPort, startHttpTarget, type HttpTarget } from "../../test/support/http-target";
import type { WebhookAction } from "../scenarios/schemas";
import type { TemplateValues } from "../scenarios/template";
import { executeAction, prepareRequest } from "./execute-action";

const values: TemplateValues = {
  "drill.id": "dry-run-abc",
  "drill.title": "Dry run",
  "drill.startedAt": "2026-11-25T10:00:00.000Z",
  "scenario.id": "sc-1",
  "scenario.title": 'Redis "network" failure',
  "environment.name": "stage",
  "step.id": "inj-1",
  "step.name": "Cut redis off",
  "step.phase": "injection",
};

/** Retries without waiting: the backoff itself is covered in retry.test.ts. */
const fast = { retry: { baseDelayMs: 1 } };
const once = { retry: { attempts: 1 } };

const webhook = (overrides: Partial<WebhookAction>): WebhookAction => ({ kind: "webhook", method: "POST", url: "http://127.0.0.1:1/", headers: {}, body: "", timeoutSeconds: 5, ...overrides });

let target: HttpTarget;
beforeAll(async () => {
  target = await startHttpTarget((request) => {
    if (request.path.startsWith("/fail")) return { status: 503, body: "upstream unavailable" };
    if (request.path.startsWith("/hang")) return "hang";
    if (request.path.startsWith("/big")) return { body: "x".repeat(5000) };
    return {};
  });
});
afterAll(() => target.close());

const lastRequest = () => target.received.at(-1)!;

describe("executeAction", () => {
  it("skips a manual step: a person does it", async () => {
    expect(await executeAction({ kind: "manual", instructions: "kill the pod" }, values)).toEqual({ kind: "manual", outcome: "skipped", message: "manual step: verify by hand" });
  });

  it("sends the rendered request and records the response", async () => {
    const result = await executeAction(
      webhook({
        method: "PUT",
        url: `${target.url}/toxics/{{step.id}}?scenario={{scenario.title}}`,
        headers: { "X-Drill": "{{drill.id}}", Authorization: "Bearer s3cret" },
        body: '{"drill":"{{drill.id}}","title":"{{scenario.title}}","phase":"{{step.phase}}"}',
      }),
      values,
    );
    expect(result).toMatchObject({ kind: "webhook", outcome: "ok", method: "PUT", status: 200, target: `${target.url}/toxics/inj-1` });
    expect(result.kind === "webhook" && result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(result.kind === "webhook" && JSON.parse(result.responseExcerpt)).toEqual({ accepted: true, path: "/toxics/inj-1?scenario=Redis%20%22network%22%20failure" });
    const received = lastRequest();
    expect(received.method).toBe("PUT");
    expect(JSON.parse(received.body)).toEqual({ drill: "dry-run-abc", title: 'Redis "network" failure', phase: "injection" });
    expect(received.headers).toMatchObject({ "content-type": "application/json", "user-agent": "drillroom", "x-drill": "dry-run-abc", authorization: "Bearer s3cret" });
  });

  it("sends no body and no content type when the body template is empty", async () => {
    await executeAction(webhook({ method: "DELETE", url: `${target.url}/toxics/1`, body: "  " }), values);
    expect(lastRequest()).toMatchObject({ method: "DELETE", body: "" });
    expect(lastRequest().headers["content-type"]).toBeUndefined();
  });

  it("marks a non-2xx answer as failed and keeps the response text", async () => {
    const result = await executeAction(webhook({ url: `${target.url}/fail` }), values, fast);
    expect(result).toMatchObject({ outcome: "failed", status: 503, attempts: 3, responseExcerpt: "upstream unavailable", error: "the target answered HTTP 503", mayHaveLanded: true });
  });

  it("keeps only the first 500 characters of a response", async () => {
    const result = await executeAction(webhook({ url: `${target.url}/big` }), values);
    expect(result.kind === "webhook" && result.responseExcerpt).toBe("x".repeat(500));
  });

  it("gives up after the step's timeout and says so", async () => {
    const started = Date.now();
    const result = await executeAction(webhook({ url: `${target.url}/hang`, timeoutSeconds: 1 }), values, once);
    expect(result).toMatchObject({ outcome: "failed", status: null, attempts: 1, error: "no response within 1 s (timed out)", mayHaveLanded: true });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(result.kind === "webhook" && result.latencyMs).toBeGreaterThanOrEqual(900);
  });

  it("records a refused connection as failed", async () => {
    const result = await executeAction(webhook({ url: `http://127.0.0.1:${await closedPort()}/` }), values, fast);
    expect(result).toMatchObject({ outcome: "failed", status: null, attempts: 3, error: "connection refused: is the target running?", mayHaveLanded: false });
  });

  it("can be cancelled from outside", async () => {
    const controller = new AbortController();
    const pending = executeAction(webhook({ url: `${target.url}/hang` }), values, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    expect(await pending).toMatchObject({ outcome: "failed", attempts: 1, error: "the call was cancelled" });
  });

  it("refuses a request it cannot build, without echoing header values", async () => {
    const badHeader = await executeAction(webhook({ url: `${target.url}/`, headers: { "X-Token": "line\nbreak-secret" } }), values);
    expect(badHeader).toMatchObject({ outcome: "failed", status: null, attempts: 0, error: 'header "X-Token" is not a valid HTTP header', mayHaveLanded: false });
    expect(JSON.stringify(badHeader)).not.toContain("secret");
    expect(await executeAction(webhook({ method: "GET", url: `${target.url}/`, body: "{}" }), values)).toMatchObject({ outcome: "failed", error: "a GET request cannot have a body" });
  });
});

describe("prepareRequest", () => {
  it("lets a step's own headers win over the defaults", () => {
    const request = prepareRequest(webhook({ body: "{}", headers: { "Content-Type": "application/vnd.api+json" } }), values);
    expect(request.headers.get("content-type")).toBe("application/vnd.api+json");
    expect(request.headers.get("user-agent")).toBe("drillroom");
    expect(request.timeoutMs).toBe(5000);
  });

  it("rejects a URL that is not http(s) once filled in", () => {
    expect(() => prepareRequest(webhook({ url: "{{environment.name}}://x" }), values)).toThrow("the URL must be http:// or https://");
  });
});
