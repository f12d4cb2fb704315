// Open-loop load for the Slack request URL: signed deliveries started on a fixed schedule, whatever
// the app's answers do, plus Slack-style redeliveries of a share of them. Raw samples only; the
// benchmark turns them into figures.
import http from "node:http";
import { signedHeaders } from "../../tools/slack-emulator";
import { nowMs, sleep } from "./harness";

export interface SignedEvent {
  eventId: string;
  ts: string;
  /** The exact bytes Slack would POST; a redelivery sends them again. */
  body: string;
}

export interface LoadStep {
  url: string;
  signingSecret: string;
  rate: number;
  seconds: number;
  redeliverShare: number;
  redeliverDelayMs: [number, number];
  /** More requests than this in flight wait in the client's own queue (and count as late). */
  maxInFlight: number;
  event: (index: number) => SignedEvent;
}

export interface Delivery {
  ts: string;
  redelivery: boolean;
  /** Wall clock (ms since the epoch) when the request was started: comparable with the database's `at`. */
  sentAtWall: number;
  /** How long after its scheduled moment the request actually started. */
  lateMs: number;
  ackMs: number;
  /** HTTP status, or 0 for a network error. */
  status: number;
  error?: string;
}

export interface LoadResult {
  events: SignedEvent[];
  deliveries: Delivery[];
  /** Wall clock of the first scheduled send. */
  startedAtWall: number;
  /** Monotonic span from the first to the last scheduled first delivery. */
  scheduleMs: number;
  maxInFlight: number;
  maxQueued: number;
}

// Keep-alive sockets, as Slack reuses connections; enough of them that the bound is ours, not the agent's.
function agentFor(maxInFlight: number): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets: maxInFlight, maxFreeSockets: maxInFlight, scheduling: "lifo" });
}

export async function runLoadStep(step: LoadStep): Promise<LoadResult> {
  const agent = agentFor(step.maxInFlight);
  const url = new URL(step.url);
  const total = Math.round(step.rate * step.seconds);
  const interval = 1000 / step.rate;
  const events: SignedEvent[] = [];
  const deliveries: Delivery[] = [];
  const queue: (() => void)[] = [];
  const done: Promise<void>[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let maxQueued = 0;

  const post = (event: SignedEvent, redelivery: boolean, scheduledAt: number) =>
    new Promise<void>((resolve) => {
      const start = () => {
        inFlight += 1;
        maxInFlight = Math.max(maxInFlight, inFlight);
        const t0 = nowMs();
        const sentAtWall = Date.now();
        let recorded = false;
        // A connection reset can surface on both the request and the response: count it once.
        const record = (status: number, error?: string) => {
          if (recorded) return;
          recorded = true;
          deliveries.push({ ts: event.ts, redelivery, sentAtWall, lateMs: t0 - scheduledAt, ackMs: nowMs() - t0, status, error });
          inFlight -= 1;
          queue.shift()?.();
          resolve();
        };
        // Signed when it leaves, as Slack signs each attempt with a fresh timestamp.
        const headers: Record<string, string> = {
          "content-type": "application/json",
          "content-length": String(Buffer.byteLength(event.body)),
          "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
          ...signedHeaders(step.signingSecret, event.body),
        };
        if (redelivery) Object.assign(headers, { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" });
        const request = http.request({ agent, host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers, timeout: 30_000 }, (response) => {
          response.resume();
          response.on("end", () => record(response.statusCode ?? 0));
          response.on("error", (error) => record(0, error.message));
        });
        request.on("timeout", () => request.destroy(new Error("no answer within 30 s")));
        request.on("error", (error) => record(0, error.message));
        request.end(event.body);
      };
      if (inFlight < step.maxInFlight) start();
      else {
        queue.push(start);
        maxQueued = Math.max(maxQueued, queue.length);
      }
    });

  const startedAtWall = Date.now() + 20;
  const origin = nowMs() + 20;
  for (let index = 0; index < total; ) {
    const wait = origin + index * interval - nowMs();
    if (wait > 1) await sleep(Math.min(wait, 50));
    // Everything due by now goes out at once: a slow tick must not lower the rate.
    for (; index < total && origin + index * interval <= nowMs(); index++) {
      const event = step.event(index);
      events.push(event);
      const scheduledAt = origin + index * interval;
      done.push(post(event, false, scheduledAt));
      if (Math.random() < step.redeliverShare) {
        const [low, high] = step.redeliverDelayMs;
        const delay = low + Math.random() * (high - low);
        done.push(sleep(delay).then(() => post(event, true, scheduledAt + delay)));
      }
    }
  }
  const scheduleMs = (total - 1) * interval;
  await Promise.all(done);
  agent.destroy();
  return { events, deliveries, startedAtWall, scheduleMs, maxInFlight, maxQueued };
}
