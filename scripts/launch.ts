// Starts drillroom: database (embedded unless DATABASE_URL is set), migrations, demo data, then Next.
// Usage: tsx scripts/launch.ts start|dev
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../lib/env";
import { bootstrapDatabase } from "../lib/db/bootstrap";

const mode = process.argv[2] === "dev" ? "dev" : "start";

/** Sessions must survive restarts, so the secret lives with the data it protects, readable only by its owner. */
function ensureAuthSecret(dataDir: string): void {
  if (process.env.DRILLROOM_AUTH_SECRET) return;
  const file = path.join(dataDir, "auth-secret");
  let secret: string;
  try {
    secret = readFileSync(file, "utf8").trim();
  } catch {
    mkdirSync(dataDir, { recursive: true });
    secret = randomBytes(32).toString("base64url");
    writeFileSync(file, secret, { mode: 0o600 });
  }
  process.env.DRILLROOM_AUTH_SECRET = secret;
}

async function main() {
  const config = env();
  ensureAuthSecret(config.DRILLROOM_DATA_DIR);
  const { stop: stopDatabase } = await bootstrapDatabase((message) => console.log(`[drillroom] ${message}`));

  if (config.DRILLROOM_SEED) {
    const { seedReferenceScenarios } = await import("../lib/scenarios/seed");
    const { systemActor } = await import("../lib/context");
    const { disconnectPrisma } = await import("../lib/db/client");
    const { ensureDemoUsers } = await import("../lib/users/demo-users");
    const { created } = await seedReferenceScenarios({ ctx: { actor: systemActor } });
    const password = config.DRILLROOM_DEMO_PASSWORD ?? randomBytes(12).toString("base64url");
    const people = await ensureDemoUsers({ ctx: { actor: systemActor }, input: { password } });
    await disconnectPrisma();
    console.log(`[drillroom] demo data: ${created ? `${created} reference scenarios added` : "already present"}`);
    console.log(`[drillroom] demo sign-in (password ${config.DRILLROOM_DEMO_PASSWORD ? "from DRILLROOM_DEMO_PASSWORD" : "new at every start"}):`);
    for (const person of people) console.log(`[drillroom]   ${person.role.padEnd(11)} ${person.email}  ${password}`);
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
