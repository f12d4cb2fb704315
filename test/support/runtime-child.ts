// Starts this process's workers as instrumentation.ts does (Slack configured: all of them) and a
// timeline stream's subscription, stops them all, and then must exit by itself: nothing may be left running.
// Usage: tsx test/support/runtime-child.ts; DATABASE_URL names a migrated database of its own.
import { useSlackConfig } from "../../lib/chat/slack/config";
import { disconnectPrisma } from "../../lib/db/client";
import { startRuntime, stopRuntime } from "../../lib/runtime";
import { timelineHub } from "../../lib/timeline/hub";

async function main() {
  useSlackConfig({ botToken: "xoxb-child", signingSecret: "child-secret", apiUrl: "http://127.0.0.1:9/api/", channelPattern: "drill-{date}-{slug}", archiveOnClose: false, paceMs: 0 });
  await startRuntime();
  const unsubscribe = await timelineHub().subscribe("no-such-drill", { onEvent: () => {}, onResync: () => {} });
  console.log("started");
  unsubscribe();
  await stopRuntime();
  await disconnectPrisma();
  console.log(`stopped at ${Date.now()}; still active: ${process.getActiveResourcesInfo().join(", ")}`);
  setTimeout(() => console.log(`1 s later: ${process.getActiveResourcesInfo().join(", ")}`), 1000).unref();
  setTimeout(() => console.log(`3 s later: ${process.getActiveResourcesInfo().join(", ")}`), 3000).unref();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
