import pg from "pg";
import { requireDatabaseUrl } from "../env";
import { logger } from "../logger";
import { prisma } from "../db/client";
import { toEventView, type TimelineEventView } from "./events";
import { TIMELINE_CHANNEL, parseNotification, type TimelineNotification } from "./notify";

// Node flushes response writes only after the current run of promise callbacks, so with hundreds of
// streams on one drill no byte would leave until every stream had its frame. Handing an event out in
// batches, yielding between them, lets the first batches' bytes leave while the rest are prepared
// (bench/README.md: at 500 observers the median latency about halves).
const DISPATCH_BATCH = 50;

/** Sees every drill's notifications, before streams do (the scheduler: an injection recorded anywhere anchors alerts). */
export type TimelineWatcher = (notification: TimelineNotification) => void;

export interface TimelineSubscriber {
  onEvent(event: TimelineEventView): void;
  /** The LISTEN connection was lost and is back: events may have been missed, read from the database. */
  onResync(): void;
}

/**
 * One LISTEN connection per app instance, fanned out in memory to every SSE client of that instance.
 * Each notification is resolved to an event once, however many clients watch the drill.
 */
class TimelineHub {
  private client: pg.Client | undefined;
  private connecting: Promise<void> | undefined;
  private readonly subscribers = new Map<string, Set<TimelineSubscriber>>();
  private readonly watchers = new Set<TimelineWatcher>();
  private reconnectDelayMs = 250;
  private dispatching: Promise<void> = Promise.resolve();

  async subscribe(drillId: string, subscriber: TimelineSubscriber): Promise<() => void> {
    let set = this.subscribers.get(drillId);
    if (!set) this.subscribers.set(drillId, (set = new Set()));
    set.add(subscriber);
    const unsubscribe = () => {
      set.delete(subscriber);
      if (set.size === 0) this.subscribers.delete(drillId);
    };
    try {
      await this.ready();
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  async watch(watcher: TimelineWatcher): Promise<() => void> {
    this.watchers.add(watcher);
    try {
      await this.ready();
    } catch (error) {
      this.watchers.delete(watcher);
      throw error;
    }
    return () => this.watchers.delete(watcher);
  }

  subscriberCount(): number {
    let count = 0;
    for (const set of this.subscribers.values()) count += set.size;
    return count;
  }

  private ready(): Promise<void> {
    if (this.client) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => (this.connecting = undefined));
    return this.connecting;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: requireDatabaseUrl(), keepAlive: true });
    // One dispatch at a time: batches yield between subscribers, and events must still reach each stream in order.
    client.on("notification", (message) => {
      this.dispatching = this.dispatching
        .then(() => this.dispatch(message.payload ?? ""))
        .catch((error: unknown) => logger.error({ err: error }, "timeline notification dropped; subscribers resync on their next event"));
    }
    );
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${TIMELINE_CHANNEL}`);
    this.client = client;
    this.reconnectDelayMs = 250;
  }

  private lost(client: pg.Client, error?: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    logger.warn({ err: error?.message }, "timeline LISTEN connection lost; reconnecting");
    const retry = () =>
      this.ready()
        .then(() => this.forEachSubscriber((subscriber) => subscriber.onResync()))
        .catch(() => {
          this.reconnectDelayMs = Math.min(this.reconnectDelayMs * 2, 5000);
          setTimeout(retry, this.reconnectDelayMs);
        });
    setTimeout(retry, this.reconnectDelayMs);
  }

  private async dispatch(payload: string): Promise<void> {
    const notification = parseNotification(payload);
    if (!notification) return;
    for (const watcher of this.watchers) {
      try {
        watcher(notification);
      } catch (error) {
        logger.error({ err: error }, "timeline watcher failed");
      }
    }
    const set = this.subscribers.get(notification.drillId);
    if (!set || set.size === 0) return;
    const event = notification.event ?? (await this.readEvent(notification.drillId, notification.seq));
    if (!event) return;
    let served = 0;
    for (const subscriber of set) {
      subscriber.onEvent(event);
      // Let the bytes of the streams served so far leave before serving the next ones.
      if (++served % DISPATCH_BATCH === 0) await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async readEvent(drillId: string, seq: number): Promise<TimelineEventView | undefined> {
    const row = await prisma().timelineEvent.findUnique({ where: { drillId_seq: { drillId, seq } } });
    return row ? toEventView(row) : undefined;
  }

  private forEachSubscriber(fn: (subscriber: TimelineSubscriber) => void): void {
    for (const set of this.subscribers.values()) for (const subscriber of set) fn(subscriber);
  }
}

const cache = globalThis as unknown as { drillroomTimelineHub?: TimelineHub };

export function timelineHub(): TimelineHub {
  cache.drillroomTimelineHub ??= new TimelineHub();
  return cache.drillroomTimelineHub;
}
