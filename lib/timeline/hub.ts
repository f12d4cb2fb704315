import { pgListener } from "../db/listener";
import { logger } from "../logger";
import { prisma } from "../db/client";
import { processWide } from "../process-state";
import { toEventView, type TimelineEventView } from "./events";
import { TIMELINE_CHANNEL, parseNotification } from "./notify";

// Node flushes response writes only after the current run of promise callbacks, so with hundreds of
// streams on one drill no byte would leave until every stream had its frame. Handing an event out in
// batches, yielding between them, lets the first batches' bytes leave while the rest are prepared
// (bench/README.md: at 500 observers the median latency about halves).
const DISPATCH_BATCH = 50;

export interface TimelineSubscriber {
  onEvent(event: TimelineEventView): void;
  /** The LISTEN connection was lost and is back: events may have been missed, read from the database. */
  onResync(): void;
}

/**
 * Fans the process's timeline notifications (the shared Postgres listener) out in memory to every
 * SSE client of this instance. Each notification is resolved to an event once, however many clients
 * watch the drill. It listens while it has subscribers.
 */
class TimelineHub {
  private readonly subscribers = new Map<string, Set<TimelineSubscriber>>();
  private listening: Promise<() => Promise<void>> | undefined;
  private dispatching: Promise<void> = Promise.resolve();

  /** Resolves once notifications are flowing, so a backlog read after it misses nothing. */
  async subscribe(drillId: string, subscriber: TimelineSubscriber): Promise<() => void> {
    let set = this.subscribers.get(drillId);
    if (!set) this.subscribers.set(drillId, (set = new Set()));
    set.add(subscriber);
    const unsubscribe = () => {
      if (!set.delete(subscriber)) return;
      if (set.size === 0) this.subscribers.delete(drillId);
      if (this.subscribers.size === 0) this.stopListening();
    };
    try {
      await this.listen();
    } catch (error) {
      unsubscribe();
      throw error;
    }
    return unsubscribe;
  }

  subscriberCount(): number {
    let count = 0;
    for (const set of this.subscribers.values()) count += set.size;
    return count;
  }

  private listen(): Promise<unknown> {
    this.listening ??= pgListener().listen(TIMELINE_CHANNEL, {
      // One dispatch at a time: batches yield between subscribers, and events must still reach each stream in order.
      onNotification: (payload) => {
        this.dispatching = this.dispatching
          .then(() => this.dispatch(payload))
          .catch((error: unknown) => logger.error({ err: error }, "timeline notification dropped; subscribers resync on their next event"));
      },
      onReconnect: () => this.forEachSubscriber((subscriber) => subscriber.onResync()),
    });
    const listening = this.listening;
    listening.catch(() => this.listening === listening && (this.listening = undefined));
    return listening;
  }

  private stopListening(): void {
    const listening = this.listening;
    this.listening = undefined;
    void listening?.then((unlisten) => unlisten()).catch(() => {});
  }

  private async dispatch(payload: string): Promise<void> {
    const notification = parseNotification(payload);
    if (!notification) return;
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

export function timelineHub(): TimelineHub {
  return processWide("timelineHub", () => new TimelineHub());
}
