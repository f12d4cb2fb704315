import { pgListener } from "../db/listener";
import { OutboxDispatcher, type DispatcherOptions } from "../chat/slack/outbox/dispatcher";
import { OUTBOX_CHANNEL } from "../chat/slack/outbox/ops";
import { SweepingWorker } from "./worker";

export interface SlackOutboxOptions extends DispatcherOptions {
  /** How often to look for due ops nobody woke this instance for (a restart, a lost notification). */
  sweepIntervalMs?: number;
}

/** The Slack outbox's worker: the dispatcher woken by the outbox's NOTIFY (a drill id) and by a sweep every 2 s. */
export function slackOutboxWorker(options: SlackOutboxOptions = {}): SweepingWorker & { dispatcher: OutboxDispatcher } {
  const dispatcher = new OutboxDispatcher(options);
  let unlisten: (() => Promise<void>) | undefined;
  const worker: SweepingWorker = new SweepingWorker({
    name: "Slack outbox",
    everyMs: options.sweepIntervalMs ?? 2000,
    setUp: async () => {
      unlisten = await pgListener().listen(OUTBOX_CHANNEL, {
        onNotification: (drillId) => drillId && dispatcher.wake(drillId),
        // Ops committed while the connection was down sent no wake-up this instance heard.
        onReconnect: () => void worker.sweepNow(),
      });
    },
    sweep: () => dispatcher.sweep(),
    tearDown: async () => {
      await unlisten?.();
      await dispatcher.stop();
    },
  });
  return Object.assign(worker, { dispatcher });
}
