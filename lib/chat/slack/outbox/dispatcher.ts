import { prisma } from "../../../db/client";
import { logger } from "../../../logger";
import { slackClient } from "../client";
import { slackConfig } from "../config";
import { claimHead, dueChannels, headDueAt, settle, type ClaimedOp } from "./claim";
import { executeSlackOp, type OpOutcome } from "./execute-op";
import { slackOpSchema } from "./ops";

export interface DispatcherOptions {
  /** How long a claimed op is held before another instance may try it (a crash mid-call). */
  leaseMs?: number;
  /** The first wait after a 5xx or network error; it doubles per attempt, up to a minute. */
  backoffBaseMs?: number;
}

/**
 * Delivers the Slack outbox. Woken (by the runtime's worker, `lib/runtime/slack-outbox.ts`) on the
 * outbox's NOTIFY when ops commit, by a sweep, and by its own timers when a held channel's wait ends;
 * any number of instances can run one, the head-of-queue lease keeps order.
 */
export class OutboxDispatcher {
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly draining = new Map<string, Promise<void>>();
  private readonly wokenWhileDraining = new Set<string>();
  private stopped = false;

  constructor(private readonly options: DispatcherOptions = {}) {}

  wake(drillId: string): void {
    if (this.stopped) return;
    if (this.draining.has(drillId)) {
      this.wokenWhileDraining.add(drillId);
      return;
    }
    const run = this.drain(drillId).finally(() => {
      this.draining.delete(drillId);
      if (this.wokenWhileDraining.delete(drillId)) this.wake(drillId);
    });
    this.draining.set(drillId, run);
  }

  /** Resolves once nothing is being sent (tests, shutdown). */
  async idle(): Promise<void> {
    while (this.draining.size) await Promise.allSettled([...this.draining.values()]);
  }

  /** Stops waking channels and waits for the sends under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await this.idle();
  }

  private async drain(drillId: string): Promise<void> {
    try {
      for (let claimed = await claimHead(drillId, this.leaseMs()); claimed && !this.stopped; claimed = await claimHead(drillId, this.leaseMs())) {
        const outcome = await this.execute(claimed);
        await settle(claimed, outcome, slackConfig()?.paceMs ?? 0);
        if (outcome.kind !== "sent") logger[outcome.kind === "retry" ? "warn" : "error"]({ drillId, opId: String(claimed.id), outcome }, "Slack outbox op not sent");
      }
      const due = await headDueAt(drillId);
      if (due && !this.stopped) this.wakeAt(drillId, due);
    } catch (error) {
      logger.error({ err: error, drillId }, "Slack outbox drain failed; the sweep will retry");
    }
  }

  private async execute(claimed: ClaimedOp): Promise<OpOutcome> {
    if (!slackConfig()) return { kind: "retry", afterMs: 60_000, error: "Slack is not configured on this instance" };
    const parsed = slackOpSchema.safeParse(claimed.op);
    if (!parsed.success) return { kind: "failed", error: "the stored op is not a Slack call this version knows" };
    return executeSlackOp(prisma(), slackClient(), claimed.drillId, parsed.data, claimed.attempts, this.options.backoffBaseMs);
  }

  private wakeAt(drillId: string, due: Date): void {
    clearTimeout(this.timers.get(drillId));
    const delay = Math.max(0, due.getTime() - Date.now()) + 5;
    this.timers.set(
      drillId,
      setTimeout(() => {
        this.timers.delete(drillId);
        this.wake(drillId);
      }, delay),
    );
  }

  private leaseMs(): number {
    return this.options.leaseMs ?? 60_000;
  }

  /** Wakes every channel with a due op nobody woke this instance for (a restart, a lost notification). */
  async sweep(): Promise<void> {
    if (this.stopped) return;
    for (const drillId of await dueChannels()) this.wake(drillId);
  }
}
