import PgBoss from "pg-boss";
import { systemActor, type Ctx } from "../context";
import { prisma } from "../db/client";
import { pgListener } from "../db/listener";
import { requireDatabaseUrl } from "../env";
import { logger } from "../logger";
import { fireScriptItem } from "../drills/script/fire-item";
import { finishAbandonedAborts } from "../drills/finish-abandoned-aborts";
import { dueItems, pendingBefore, registerScheduler, type DueItem, type SchedulerHandle } from "../drills/script/wake";
import { TIMELINE_CHANNEL, parseNotification, type TimelineNotification } from "../timeline/notify";
import { SweepingWorker, type Worker } from "./worker";

export const SCRIPT_QUEUE = "drill-script-item";

export interface SchedulerOptions {
  databaseUrl?: string;
  /** How often workers poll pg-boss for due jobs. */
  pollingIntervalSeconds?: number;
  /** How often to look for overdue items whose jobs were lost (a crash between commit and send). */
  sweepIntervalMs?: number;
  /** In-process timers for items due soon (default on); off, only pg-boss polling wakes items. */
  localTimers?: boolean;
}

const ctx: Ctx = { actor: { ...systemActor, name: "drill script" } };
// In-process timers give sub-poll precision for items due soon; pg-boss jobs make them durable.
const LOCAL_TIMER_HORIZON_MS = 10 * 60_000;
// Events after which a drill's items may have a new due time, whichever instance committed them.
const MOVES_DUE_TIMES = new Set(["drill.started", "drill.resumed", "injection.executed", "script.item_delayed"]);

/** pg-boss creates a queue idempotently, but two instances starting at once can still race on its table. */
export function isAlreadyExists(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: string; message?: string };
  return code === "42P07" || code === "42710" || code === "23505" || /already exists/i.test(message ?? "");
}

/**
 * The drill script's worker: a pg-boss job per item for durability, an in-process timer for
 * precision, the timeline's notifications for items another instance gave a due time, and a sweep
 * for anything overdue. The rules (what is due, firing once) are in `lib/drills/script/`.
 */
export class ScriptScheduler implements Worker, SchedulerHandle {
  readonly name = "drill script scheduler";
  private readonly boss: PgBoss;
  private readonly worker: SweepingWorker;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private unlisten: (() => Promise<void>) | undefined;
  private stopped = false;

  constructor(private readonly options: SchedulerOptions = {}) {
    this.boss = new PgBoss({ connectionString: options.databaseUrl ?? requireDatabaseUrl(), schema: "pgboss", max: 4, application_name: "drillroom-scheduler" });
    this.boss.on("error", (error) => logger.error({ err: error }, "pg-boss error"));
    this.worker = new SweepingWorker({
      name: this.name,
      everyMs: options.sweepIntervalMs ?? 5000,
      setUp: () => this.setUp(),
      sweep: () => this.sweep(),
      tearDown: () => this.tearDown(),
    });
  }

  async start(): Promise<void> {
    this.stopped = false;
    await this.worker.start();
    logger.info("drill script scheduler started");
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.worker.stop();
  }

  async schedule(items: DueItem[]): Promise<void> {
    for (const item of items) {
      const delay = item.dueAt.getTime() - Date.now();
      await this.boss.send(SCRIPT_QUEUE, { itemId: item.itemId }, { startAfter: item.dueAt, retryLimit: 5, retryDelay: 1, expireInSeconds: 60 });
      if (this.localTimers() && delay < LOCAL_TIMER_HORIZON_MS) this.setTimer(item.itemId, Math.max(0, delay));
    }
  }

  private async setUp(): Promise<void> {
    await this.boss.start();
    await this.boss.createQueue(SCRIPT_QUEUE).catch((error: unknown) => {
      if (!isAlreadyExists(error)) throw error;
    });
    await this.boss.work<{ itemId: string }>(SCRIPT_QUEUE, { pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 0.5, batchSize: 20 }, async (jobs) => {
      for (const job of jobs) await this.run(job.data.itemId);
    });
    registerScheduler(this);
    this.unlisten = await pgListener().listen(TIMELINE_CHANNEL, {
      onNotification: (payload) => {
        const notification = parseNotification(payload);
        if (notification) this.heard(notification);
      },
      // Notifications were missed while the connection was down: look for what is overdue now.
      onReconnect: () => void this.worker.sweepNow(),
    });
  }

  private async tearDown(): Promise<void> {
    registerScheduler(undefined);
    await this.unlisten?.();
    this.unlisten = undefined;
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    await this.boss.stop({ graceful: true, wait: true, timeout: 5000 }).catch((error: unknown) => logger.warn({ err: error }, "pg-boss did not stop cleanly"));
  }

  private localTimers(): boolean {
    return this.options.localTimers ?? true;
  }

  /**
   * Another instance (or this one) committed something that gives items a due time: time them here too.
   * Local timers only: the instance that committed it sent the durable job, and the sweep backs both.
   */
  private heard({ drillId, event }: TimelineNotification): void {
    if (this.stopped || !this.localTimers()) return;
    if (event && (!MOVES_DUE_TIMES.has(event.kind) || (event.kind === "injection.executed" && !event.ref))) return;
    void dueItems(drillId)
      .then((items) => {
        for (const item of items) {
          const delay = item.dueAt.getTime() - Date.now();
          if (delay < LOCAL_TIMER_HORIZON_MS) this.setTimer(item.itemId, Math.max(0, delay));
        }
      })
      .catch((error: unknown) => logger.warn({ err: error, drillId }, "could not time script items; the sweep will pick them up"));
  }

  private setTimer(itemId: string, delay: number): void {
    if (this.stopped) return;
    clearTimeout(this.timers.get(itemId));
    this.timers.set(
      itemId,
      setTimeout(() => {
        this.timers.delete(itemId);
        void this.run(itemId).catch(() => {}); // logged in run
      }, delay),
    );
  }

  private async run(itemId: string): Promise<void> {
    if (this.stopped) return;
    try {
      for (const earlier of await pendingBefore(itemId)) await fireScriptItem({ ctx, input: { itemId: earlier } });
      const result = await fireScriptItem({ ctx, input: { itemId } });
      if (result.outcome === "not_due") await this.schedule([{ itemId, dueAt: result.retryAt }]);
    } catch (error) {
      logger.error({ err: error, itemId }, "script item failed to fire; it stays pending and will be retried");
      throw error;
    }
  }

  /** Items whose moment passed with no job to fire them (crash, restart, or a pause that ended elsewhere), and abandoned aborts. */
  private async sweep(): Promise<void> {
    if (this.stopped) return;
    const overdue = await prisma().$queryRaw<{ id: string }[]>`
      SELECT i."id" FROM "ScriptItem" i JOIN "Drill" d ON d."id" = i."drillId"
      WHERE i."status" = 'pending' AND i."dueOffsetMs" IS NOT NULL
        AND d."status" = 'running' AND d."pausedAt" IS NULL AND d."startedAt" IS NOT NULL
        AND i."dueOffsetMs" <= EXTRACT(EPOCH FROM (now() - d."startedAt")) * 1000 - d."pausedMs" - 1000
      ORDER BY i."dueOffsetMs" LIMIT 200`;
    for (const { id } of overdue) await this.run(id).catch(() => {}); // logged in run; the next item still fires
    // An abort cut short by a crash: its rollbacks, the end and the channel post are still owed.
    await finishAbandonedAborts({ ctx });
  }
}
