import { logger } from "../../logger";
import { slackHttpApp } from "./app";
import { markInboundDone, markInboundFailed, unhandledInbound } from "./inbound/inbox";

export interface RetryInboxOptions {
  /** How long an event may be in progress before it counts as failed and is tried again. */
  graceMs?: number;
  maxAttempts?: number;
}

/**
 * Tries again the Slack events that were acknowledged but not handled (a database hiccup, a crash
 * after the ack): they go through the same listeners, and the inbox's `processedAt` keeps each
 * written once. After `maxAttempts` an event stays in the inbox with its last error, for a person.
 * The runtime runs it every few seconds (`lib/runtime/workers.ts`).
 */
export async function retryInbox(options: RetryInboxOptions = {}): Promise<void> {
  const due = await unhandledInbound(options.graceMs ?? 30_000, options.maxAttempts ?? 10, 100);
  const { app } = slackHttpApp();
  for (const { eventId, body } of due) {
    await app.processEvent({ body: body as Record<string, unknown>, retryNum: 0, retryReason: "drillroom_inbox", ack: async () => {} }).then(
      () => markInboundDone(eventId),
      (error: unknown) => markInboundFailed(eventId, error),
    );
  }
  if (due.length) logger.info({ events: due.length }, "retried Slack events from the inbox");
}
