import { logger } from "../logger";
import { renderTemplate, type TemplateValues } from "../scenarios/template";
import type { StepAction, WebhookAction } from "../scenarios/schemas";

export const RESPONSE_EXCERPT_CHARS = 500;
const USER_AGENT = "drillroom";

export type ManualResult = { kind: "manual"; outcome: "skipped"; message: string };
export interface WebhookResult {
  kind: "webhook";
  outcome: "ok" | "failed";
  method: WebhookAction["method"];
  /** Where the call went, without query string or credentials: those may hold secrets. */
  target: string;
  /** Null when no response arrived (timeout, refused connection, invalid request). */
  status: number | null;
  latencyMs: number;
  responseExcerpt: string;
  error?: string;
}
export type ActionResult = ManualResult | WebhookResult;

/** Knobs for callers. Issue #4 adds `retry` and `signingSecret` here; today one attempt, unsigned. */
export interface ExecuteOptions {
  /** Aborts the call from outside, e.g. when a drill is aborted mid-injection. */
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

/** A webhook call with every template filled in, ready to send (and, in #4, to sign). */
export interface PreparedRequest {
  method: WebhookAction["method"];
  url: URL;
  headers: Headers;
  body: string | undefined;
  timeoutMs: number;
}

/** Runs one injection or rollback action: manual ones are for people, webhooks are called. */
export async function executeAction(action: StepAction, values: TemplateValues, options: ExecuteOptions = {}): Promise<ActionResult> {
  if (action.kind === "manual") return { kind: "manual", outcome: "skipped", message: "manual step: verify by hand" };
  let request: PreparedRequest;
  try {
    request = prepareRequest(action, values);
  } catch (error) {
    return { kind: "webhook", outcome: "failed", method: action.method, target: "", status: null, latencyMs: 0, responseExcerpt: "", error: (error as Error).message };
  }
  const result = await sendOnce(request, options);
  // Header values may hold credentials: log the method, target and outcome only.
  logger.info({ method: result.method, target: result.target, status: result.status, outcome: result.outcome, latencyMs: result.latencyMs }, "webhook action");
  return result;
}

/** Fills in the URL (values URL-encoded), headers and JSON body (values JSON-escaped). Throws on an unusable request. */
export function prepareRequest(action: WebhookAction, values: TemplateValues): PreparedRequest {
  const encoded = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, encodeURIComponent(value)])) as TemplateValues;
  const rendered = renderTemplate(action.url, encoded);
  let url: URL;
  try {
    url = new URL(rendered);
  } catch {
    throw new Error("the URL is not valid once variables are filled in");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("the URL must be http:// or https://");

  const body = action.body.trim() ? renderTemplate(action.body, values, true) : undefined;
  if (body !== undefined && action.method === "GET") throw new Error("a GET request cannot have a body");
  const headers = new Headers({ "user-agent": USER_AGENT });
  if (body !== undefined) headers.set("content-type", "application/json");
  for (const [name, value] of Object.entries(action.headers)) {
    try {
      headers.set(name, renderTemplate(value, values));
    } catch {
      throw new Error(`header "${name}" is not a valid HTTP header`); // never echo the value
    }
  }
  return { method: action.method, url, headers, body, timeoutMs: action.timeoutSeconds * 1000 };
}

/** One attempt. Never throws: every way a call can go wrong becomes a failed result with a readable error. */
export async function sendOnce(request: PreparedRequest, options: ExecuteOptions = {}): Promise<WebhookResult> {
  const doFetch = options.fetch ?? fetch;
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;
  const base = { kind: "webhook" as const, method: request.method, target: describeTarget(request.url) };
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    // Redirects are reported, not followed: a dry run should show that the configured URL is not the real one.
    const response = await doFetch(request.url, { method: request.method, headers: request.headers, body: request.body, signal, redirect: "manual" });
    const latencyMs = elapsed();
    const responseExcerpt = await readExcerpt(response);
    const ok = response.status >= 200 && response.status < 300;
    return { ...base, outcome: ok ? "ok" : "failed", status: response.status, latencyMs, responseExcerpt, ...(ok ? {} : { error: `the target answered HTTP ${response.status}` }) };
  } catch (error) {
    return { ...base, outcome: "failed", status: null, latencyMs: elapsed(), responseExcerpt: "", error: describeFailure(error, request.timeoutMs, timeout) };
  }
}

function describeTarget(url: URL): string {
  return `${url.origin}${url.pathname}`;
}

/** The start of the response as text: enough to recognise it, without reading a huge body into memory. */
async function readExcerpt(response: Response): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    while (text.length < RESPONSE_EXCERPT_CHARS) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // A body cut off (or timed out) halfway still tells us something: keep what arrived.
  } finally {
    reader.cancel().catch(() => {});
  }
  return text.slice(0, RESPONSE_EXCERPT_CHARS);
}

function describeFailure(error: unknown, timeoutMs: number, timeout: AbortSignal): string {
  if (timeout.aborted) return `no response within ${timeoutMs / 1000} s (timed out)`;
  const err = error as Error & { cause?: { code?: string; message?: string } };
  if (err.name === "AbortError") return "the call was cancelled";
  const cause = err.cause;
  if (cause?.code === "ECONNREFUSED") return "connection refused: is the target running?";
  if (cause?.code === "ENOTFOUND") return "unknown host: the name does not resolve";
  if (cause?.code) return `${cause.code}: ${cause.message ?? err.message}`;
  return err.message || "the call failed";
}
