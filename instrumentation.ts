// Next.js calls register() once per server process: the background workers (`lib/runtime/workers.ts`)
// live there, beside the routes whose verbs wake them. The edge runtime has no Postgres driver, so only Node starts them.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startRuntime, stopRuntime } = await import("./lib/runtime");
  await startRuntime();
  // Next exits on these signals after its own cleanup; stopping the workers meanwhile ends pg-boss's jobs and the LISTEN connection cleanly.
  if (!process.env.NEXT_MANUAL_SIG_HANDLE) for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stopRuntime());
  const { slackConfig } = await import("./lib/chat/slack/config");
  if (!slackConfig()) return;
  (await import("./lib/runtime/slack-survey")).wireSlackSurvey();
  const { startSlackSocketMode } = await import("./lib/channel/slack/app");
  // Without Slack the app still runs drills; the outbox keeps what it has to say until Slack is reachable.
  await startSlackSocketMode().catch(async (error: unknown) => (await import("./lib/logger")).logger.error({ err: error }, "Slack Socket Mode did not connect"));
}
