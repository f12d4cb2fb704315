// Next.js calls register() once per server process: the drill script scheduler lives there,
// beside the routes whose verbs wake it. The edge runtime has no Postgres driver, so only Node starts it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startScheduler } = await import("./lib/scheduler");
  await startScheduler();
}
