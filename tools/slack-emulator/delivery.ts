import type { EventEnvelope } from "./envelopes";
import { parseMaybeJson, PostTimeoutError, postRaw, type RawResponse } from "./http-util";
import { signedHeaders } from "./signing";
import type { DeliveryAttempt, DeliveryKind, DeliveryResult } from "./types";

export interface DelivererConfig {
  signingSecret: string;
  ackTimeoutMs: number;
  retryDelaysMs: number[];
  deliverTo(): string | undefined;
  /** Every delivery is appended here as it starts and updated in place. */
  log: DeliveryResult[];
}

export interface RawDelivery {
  body: string;
  contentType: string;
  /** Seconds; defaults to now. A stale one still gets a valid signature unless `signature` is given. */
  timestamp?: number;
  signature?: string;
  headers?: Record<string, string>;
}

const USER_AGENT = "Slackbot 1.0 (+https://api.slack.com/robots)";
const FORM = "application/x-www-form-urlencoded";

type RetryReason = "http_timeout" | "http_error" | "connection_failed";

interface AttemptOutcome {
  attempt: DeliveryAttempt;
  response?: RawResponse;
  retryReason?: RetryReason;
}

/** Sends signed requests to the app's request URL the way Slack does, and knows what is still in flight. */
export class Deliverer {
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly envelopes = new Map<string, EventEnvelope>();
  private readonly pendingSleeps = new Set<() => void>();
  private closed = false;

  constructor(private readonly config: DelivererConfig) {}

  /** Events API: retried after a timeout or a non-2xx answer, unless the app says X-Slack-No-Retry. */
  deliverEvent(envelope: EventEnvelope): Promise<DeliveryResult> {
    this.envelopes.set(envelope.event_id, envelope);
    const result = this.startResult("event", envelope.event.type, envelope.event_id);
    return this.track(this.runEventAttempts(envelope, result));
  }

  /** Slash commands and interactivity (clicks, view submissions): one attempt; a failure is only recorded, as Slack shows the user an error. */
  deliverForm(kind: "command" | "block_actions" | "view_submission", label: string, body: string): Promise<DeliveryResult> {
    const result = this.startResult(kind, label);
    return this.track(this.runSingle(result, { body, contentType: FORM }));
  }

  sendRaw(raw: RawDelivery): Promise<DeliveryResult> {
    const result = this.startResult("raw", undefined);
    return this.track(this.runSingle(result, raw));
  }

  /** The same envelope again, marked as Slack marks a retry, for dedupe tests. */
  redeliver(eventId: string, options: { retryNum?: number; reason?: string } = {}): Promise<DeliveryResult> {
    const envelope = this.envelopes.get(eventId);
    if (!envelope) throw new Error(`no event ${eventId} was delivered by this emulator`);
    const previous = this.config.log.filter((entry) => entry.eventId === eventId).flatMap((entry) => entry.attempts);
    const retryNum = options.retryNum ?? Math.max(1, previous.length);
    const result = this.startResult("event", envelope.event.type, eventId);
    const headers = { "X-Slack-Retry-Num": String(retryNum), "X-Slack-Retry-Reason": options.reason ?? "http_timeout" };
    return this.track(this.runSingle(result, { body: JSON.stringify(envelope), contentType: "application/json", headers }, retryNum));
  }

  envelope(eventId: string): EventEnvelope | undefined {
    return this.envelopes.get(eventId);
  }

  /** Resolves once no delivery (including scheduled retries) is pending. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  /** Cancels scheduled retries; deliveries waiting on them resolve as not delivered. */
  close(): void {
    this.closed = true;
    for (const wake of this.pendingSleeps) wake();
  }

  private async runEventAttempts(envelope: EventEnvelope, result: DeliveryResult): Promise<DeliveryResult> {
    const body = JSON.stringify(envelope);
    let retryReason: RetryReason | undefined;
    for (let retryNum = 0; retryNum <= this.config.retryDelaysMs.length; retryNum += 1) {
      if (retryNum > 0) {
        await this.sleep(this.config.retryDelaysMs[retryNum - 1] ?? 0);
        if (this.closed) break;
      }
      const headers: Record<string, string> =
        retryNum > 0 && retryReason ? { "X-Slack-Retry-Num": String(retryNum), "X-Slack-Retry-Reason": retryReason } : {};
      const outcome = await this.attempt(result, { body, contentType: "application/json", headers }, retryNum);
      if (result.delivered || !outcome.retryReason) break;
      if (outcome.response?.headers["x-slack-no-retry"] === "1") break;
      retryReason = outcome.retryReason;
    }
    return result;
  }

  private async runSingle(result: DeliveryResult, raw: RawDelivery, retryNum = 0): Promise<DeliveryResult> {
    await this.attempt(result, raw, retryNum);
    return result;
  }

  private async attempt(result: DeliveryResult, raw: RawDelivery, retryNum: number): Promise<AttemptOutcome> {
    const url = this.config.deliverTo();
    const started = Date.now();
    if (!url) {
      const attempt = { retryNum, error: "no_deliver_to", ms: 0 };
      result.attempts.push(attempt);
      return { attempt };
    }
    const timestamp = raw.timestamp ?? Math.floor(Date.now() / 1000);
    const signing = signedHeaders(this.config.signingSecret, raw.body, timestamp);
    const headers = {
      "Content-Type": raw.contentType,
      "User-Agent": USER_AGENT,
      ...signing,
      ...(raw.signature === undefined ? {} : { "X-Slack-Signature": raw.signature }),
      ...raw.headers,
    };
    try {
      const response = await postRaw(url, raw.body, headers, this.config.ackTimeoutMs);
      const attempt = { retryNum, status: response.status, ms: Date.now() - started };
      result.attempts.push(attempt);
      result.status = response.status;
      const contentType = response.headers["content-type"];
      result.body = parseMaybeJson(response.text, typeof contentType === "string" ? contentType : undefined);
      const ok = response.status >= 200 && response.status < 300;
      if (ok) result.delivered = true;
      return { attempt, response, retryReason: ok ? undefined : "http_error" };
    } catch (error) {
      const timedOut = error instanceof PostTimeoutError;
      const message = timedOut ? "http_timeout" : `connection_failed: ${error instanceof Error ? error.message : String(error)}`;
      const attempt = { retryNum, error: message, ms: Date.now() - started };
      result.attempts.push(attempt);
      return { attempt, retryReason: timedOut ? "http_timeout" : "connection_failed" };
    }
  }

  private startResult(kind: DeliveryKind, label: string | undefined, eventId?: string): DeliveryResult {
    const result: DeliveryResult = { kind, label, eventId, attempts: [], delivered: false };
    this.config.log.push(result);
    return result;
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise);
    const forget = () => this.inFlight.delete(promise);
    promise.then(forget, forget);
    return promise;
  }

  private sleep(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.pendingSleeps.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.pendingSleeps.add(wake);
    });
  }
}
