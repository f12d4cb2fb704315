// Next.js calls register() once per server process: the drill script scheduler and the Slack outbox
// live there, beside the routes whose verbs wake them. The edge runtime has no Postgres driver, so only Node starts them.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startScheduler } = await import("./lib/scheduler");
  await startScheduler();
  const { slackConfig } = await import("./lib/chat/slack/config");
  if (!slackConfig()) return;
  const { startOutboxDispatcher } = await import("./lib/chat/slack/outbox/dispatcher");
  await startOutboxDispatcher();
  const { InboxRetry } = await import("./lib/chat/slack/inbox-retry");
  new InboxRetry().start();
  const { startSlackSocketMode } = await import("./lib/chat/slack/app");
  // Without Slack the app still runs drills; the outbox keeps what it has to say until Slack is reachable.
  await startSlackSocketMode().catch(async (error: unknown) => (await import("./lib/logger")).logger.error({ err: error }, "Slack Socket Mode did not connect"));
}
