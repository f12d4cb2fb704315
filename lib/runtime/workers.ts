import { slackConfig } from "../chat/slack/config";
import { retryInbox } from "../channel/slack/retry-inbox";
import { ScriptScheduler } from "./script-scheduler";
import { slackOutboxWorker } from "./slack-outbox";
import { SweepingWorker, type Worker } from "./worker";

/**
 * This process's background workers, started in this order and stopped in reverse. The timeline
 * hub is not one: it listens while SSE clients are subscribed (`lib/timeline/hub.ts`).
 */
export function processWorkers(): Worker[] {
  const workers: Worker[] = [new ScriptScheduler()];
  // Without Slack the app still runs drills; the outbox keeps what it has to say until Slack is configured.
  if (slackConfig()) {
    workers.push(slackOutboxWorker(), new SweepingWorker({ name: "Slack inbox retry", everyMs: 5000, sweep: () => retryInbox() }));
  }
  return workers;
}
