import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { logger } from "../logger";
import { renderTemplate, type TemplateValues } from "../scenarios/template";
import type { StepAction, WebhookAction } from "../scenarios/schemas";
import { backoffDelayMs, DEFAULT_RETRY, isRetryable, type RetryPolicy } from "./retry";
import { DELIVERY_HEADER, signatureHeaders } from "./signature";

export const RESPONSE_EXCERPT_CHARS = 500;
const USER_AGENT = "drillroom";

export type ManualResult = { kind: "manual"; outcome: "skipped"; message: string };
export interface WebhookResult {
  kind: "webhook";
  outcome: "ok" | "failed";
  method: WebhookAction["method"];
  /** Where the call went, without query string or credentials: those may hold secrets. */
  target: string;
  /** Null when no response arrived (timeout, refused connection, invalid request). Of the last attempt. */
  status: number | null;
  /** Of the last attempt. */
  latencyMs: number;
  /** How many times the request was sent (0 when it could not be built). */
  attempts: number;
  responseExcerpt: string;
  error?: string;
  /** Failed calls: whether any attempt may have reached the target (a timeout, a lost connection, a 5xx). */
  mayHaveLanded?: boolean;
}
export type ActionResult = ManualResult | WebhookResult;

export interface ExecuteOptions {
  /** Aborts the call from outside, e.g. when a drill is aborted mid-injection. Stops retries too. */
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /** Defaults to DEFAULT_RETRY; `{ attempts: 1 }` sends once. */
  retry?: Partial<RetryPolicy>;
  /**
   * Signs every attempt with the scenario's secret (x-drillroom-signature over `${timestamp}.${body}`).
   * `deliveryId` (x-drillroom-delivery) stays the same across retries so a receiver can drop duplicates.
   */
  signing?: { secret: string; deliveryId?: string };
  /** The clock for signature timestamps. */
  now?: () => Date;
}

/** A webhook call with every template filled in, ready to sign and send. */
export interface PreparedRequest {
  method: WebhookAction["method"];
  url: URL;
  headers: Headers;
  body: string | undefined;
  timeoutMs: number;
}

/** Runs one injection or rollback action: manual ones are for people, webhooks are called (signed, with retries). */
export async function executeAction(action: StepAction, values: TemplateValues, options: ExecuteOptions = {}): Promise<ActionResult> {
  if (action.kind === "manual") return { kind: "manual", outcome: "skipped", message: "manual step: verify by hand" };
  let request: PreparedRequest;
  try {
    request = prepareRequest(action, values);
  } catch (error) {
    return { kind: "webhook", outcome: "failed", method: action.method, target: "", status: null, latencyMs: 0, attempts: 0, responseExcerpt: "", error: (error as Error).message, mayHaveLanded: false };
  }
  const policy = { ...DEFAULT_RETRY, ...options.retry };
  const deliveryId = options.signing?.deliveryId ?? randomUUID();
  let attempt = 0;
  let result: WebhookResult;
  let mayHaveLanded = false;
  for (;;) {
    attempt += 1;
    result = { ...(await sendOnce(signRequest(request, deliveryId, options), options)), attempts: attempt };
    mayHaveLanded ||= result.mayHaveLanded ?? false;
    if (result.outcome === "ok" || !isRetryable(result.status) || attempt >= policy.attempts || options.signal?.aborted) break;
    const delayMs = backoffDelayMs(attempt, policy);
    // Header values may hold credentials: log the method, target and outcome only (here and below).
    logger.warn({ method: result.method, target: result.target, status: result.status, attempt, retryInMs: delayMs }, "webhook action failed, retrying");
    try {
      await sleep(delayMs, undefined, { signal: options.signal });
    } catch {
      break; // cancelled while waiting: the last failure stands
    }
  }
  logger.info({ method: result.method, target: result.target, status: result.status, outcome: result.outcome, latencyMs: result.latencyMs, attempts: result.attempts }, "webhook action");
  // A target that echoes its request (httpbin-style) must not carry credentials into the timeline.
  return { ...result, ...(result.outcome === "failed" ? { mayHaveLanded } : {}), responseExcerpt: redact(result.responseExcerpt, sensitiveValues(action, values, options)) };
}

const REDACTED = "[redacted]";

/** The step's header values (API tokens live there), the signing secret and signatures: never shown back. */
function sensitiveValues(action: WebhookAction, values: TemplateValues, options: ExecuteOptions): string[] {
  const headerValues = Object.values(action.headers).map((value) => renderTemplate(value, values).trim());
  return [...headerValues, options.signing?.secret ?? ""].filter((value) => value.length >= 8);
}

function redact(text: string, secrets: string[]): string {
  let out = text.replace(/sha256=[0-9a-f]{64}/g, `sha256=${REDACTED}`);
  for (const secret of secrets) {
    out = out.split(secret).join(REDACTED);
    // The excerpt is cut at 500 characters: a secret cut in half at the end is still half a secret.
    for (let length = secret.length - 1; length >= 8; length--) {
      if (!out.endsWith(secret.slice(0, length))) continue;
      out = out.slice(0, -length) + REDACTED;
      break;
    }
  }
  return out;
}

/** A copy of the request with this attempt's signature headers; they override any header of the same name the step set. */
function signRequest(request: PreparedRequest, deliveryId: string, options: ExecuteOptions): PreparedRequest {
  const headers = new Headers(request.headers);
  headers.set(DELIVERY_HEADER, deliveryId);
  if (options.signing) {
    const signed = signatureHeaders({ secret: options.signing.secret, deliveryId, rawBody: request.body ?? "", now: options.now?.() ?? new Date() });
    for (const [name, value] of Object.entries(signed)) headers.set(name, value);
  }
  return { ...request, headers };
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
export async function sendOnce(request: PreparedRequest, options: ExecuteOptions = {}): Promise<Omit<WebhookResult, "attempts">> {
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
    return { ...base, outcome: ok ? "ok" : "failed", status: response.status, latencyMs, responseExcerpt, ...(ok ? {} : { error: `the target answered HTTP ${response.status}`, mayHaveLanded: response.status >= 500 }) };
  } catch (error) {
    return { ...base, outcome: "failed", status: null, latencyMs: elapsed(), responseExcerpt: "", error: describeFailure(error, request.timeoutMs, timeout), mayHaveLanded: mayHaveArrived(error, timeout) };
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

// The request never left: nothing listens there, or the name does not resolve.
const NEVER_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ERR_INVALID_URL"]);

/** A timeout or a connection lost midway may still have reached the target; a refused connection did not. */
function mayHaveArrived(error: unknown, timeout: AbortSignal): boolean {
  if (timeout.aborted) return true;
  const code = (error as { cause?: { code?: string } }).cause?.code;
  return !(code && NEVER_SENT.has(code));
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
