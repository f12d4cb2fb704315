import { logger } from "../../logger";
import { slackHttpApp } from "../../channel/slack/app";
import { markInboundDone, markInboundFailed, unhandledInbound } from "../../channel/slack/inbound/inbox";

export interface InboxRetryOptions {
  intervalMs?: number;
  /** How long an event may be in progress before it counts as failed and is tried again. */
  graceMs?: number;
  maxAttempts?: number;
}

/**
 * Tries again the Slack events that were acknowledged but not handled (a database hiccup, a crash
 * after the ack): they go through the same listeners, and the inbox's `processedAt` keeps each
 * written once. After `maxAttempts` an event stays in the inbox with its last error, for a person.
 */
export class InboxRetry {
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly options: InboxRetryOptions = {}) {}

  start(): void {
    this.timer = setInterval(() => void this.sweep(), this.options.intervalMs ?? 5000);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  sweep(): Promise<void> {
    this.running ??= this.retryDue().finally(() => (this.running = undefined));
    return this.running;
  }

  private async retryDue(): Promise<void> {
    try {
      const due = await unhandledInbound(this.options.graceMs ?? 30_000, this.options.maxAttempts ?? 10, 100);
      const { app } = slackHttpApp();
      for (const { eventId, body } of due) {
        await app.processEvent({ body: body as Record<string, unknown>, retryNum: 0, retryReason: "drillroom_inbox", ack: async () => {} }).then(
          () => markInboundDone(eventId),
          (error: unknown) => markInboundFailed(eventId, error),
        );
      }
      if (due.length) logger.info({ events: due.length }, "retried Slack events from the inbox");
    } catch (error) {
      logger.warn({ err: error }, "Slack inbox retry failed");
    }
  }
}
