// Starts drillroom: database (embedded unless DATABASE_URL is set), migrations, demo data, then Next.
// Usage: tsx scripts/launch.ts start|dev
import { spawn } from "node:child_process";
import path from "node:path";
import { env, useDatabaseUrl } from "../lib/env";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { redactUrl } from "../lib/logger";

const mode = process.argv[2] === "dev" ? "dev" : "start";

async function main() {
  const config = env();
  let stopDatabase = async () => {};
  if (!config.DATABASE_URL) {
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(config.DRILLROOM_DATA_DIR, "postgres"), port: config.EMBEDDED_PG_PORT });
    useDatabaseUrl(embedded.url);
    stopDatabase = embedded.stop;
    console.log(`[drillroom] embedded PostgreSQL ready (${path.join(config.DRILLROOM_DATA_DIR, "postgres")})`);
  } else {
    console.log(`[drillroom] using DATABASE_URL ${redactUrl(config.DATABASE_URL)}`);
  }
  const databaseUrl = env().DATABASE_URL!;
  const { applied } = await migrate(databaseUrl);
  console.log(`[drillroom] migrations: ${applied.length ? `applied ${applied.join(", ")}` : "up to date"}`);

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
