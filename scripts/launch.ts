// Starts drillroom: database (embedded unless DATABASE_URL is set), migrations, demo data, then Next.
// Usage: tsx scripts/launch.ts start|dev
import { spawn } from "node:child_process";
import path from "node:path";
import { env } from "../lib/env";
import { bootstrapDatabase } from "../lib/db/bootstrap";

const mode = process.argv[2] === "dev" ? "dev" : "start";

async function main() {
  const config = env();
  const { stop: stopDatabase } = await bootstrapDatabase((message) => console.log(`[drillroom] ${message}`));

  if (config.DRILLROOM_SEED) {
    const { seedReferenceScenarios } = await import("../lib/scenarios/seed");
    const { systemActor } = await import("../lib/context");
    const { disconnectPrisma } = await import("../lib/db/client");
    const { created } = await seedReferenceScenarios({ ctx: { actor: systemActor } });
    await disconnectPrisma();
    console.log(`[drillroom] demo data: ${created ? `${created} reference scenarios added` : "already present"}`);
  }

  const next = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), mode, "-p", String(config.PORT)], {
    stdio: ["inherit", "pipe", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  next.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (/Ready in|✓ Ready/.test(chunk.toString())) console.log(`\n[drillroom] open http://localhost:${config.PORT}\n`);
  });
  const shutdown = (signal: NodeJS.Signals) => next.kill(signal);
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  next.on("exit", async (code) => {
    await stopDatabase().catch(() => {});
    process.exit(code ?? 0);
  });
}

main().catch((error) => {
  console.error(`[drillroom] failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
