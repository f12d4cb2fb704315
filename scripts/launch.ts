// Starts drillroom: database (embedded unless DATABASE_URL is set), migrations, demo data, then Next on a
// loopback port behind the front (lib/server/front.ts) on PORT.
// Usage: tsx scripts/launch.ts start|dev
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import net from "node:net";
import { networkInterfaces } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { env } from "../lib/env";
import { bootstrapDatabase } from "../lib/db/bootstrap";
import { createFront } from "../lib/server/front";
import { createLogPrettifier, shareableUrls, signInTable } from "../lib/server/launch-output";

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
  // Never stay up without a database: when the embedded one cannot be brought back, exit non-zero for a supervisor.
  let stopApp = (): void => process.exit(1);
  const { stop: stopDatabase } = await bootstrapDatabase((message) => console.log(`[drillroom] ${message}`), {
    onGiveUp: (error) => {
      console.error(`[drillroom] ${error.message}: stopping`);
      process.exitCode = 1;
      stopApp();
    },
  });

  const { disconnectPrisma, prisma } = await import("../lib/db/client");
  // Drills closed before results were stored get theirs from their frozen reports, once.
  const { backfillDrillResults } = await import("../lib/review/results/backfill");
  const filled = await backfillDrillResults(prisma());
  if (filled) console.log(`[drillroom] analytics: results of ${filled} closed drill${filled === 1 ? "" : "s"} read from their frozen reports`);

  let signIns: string[] = [];
  if (config.DRILLROOM_SEED) {
    const { seedReferenceScenarios } = await import("../lib/scenarios/seed");
    const { systemActor } = await import("../lib/context");
    const { ensureDemoUsers } = await import("../lib/users/demo-users");
    const { created } = await seedReferenceScenarios({ ctx: { actor: systemActor } });
    const password = config.DRILLROOM_DEMO_PASSWORD ?? randomBytes(12).toString("base64url");
    const people = await ensureDemoUsers({ ctx: { actor: systemActor }, input: { password } });
    console.log(`[drillroom] demo data: ${created ? `${created} reference scenarios added` : "already present"}`);
    // Closed demo drills for analytics and replay, before any scheduler starts: nothing can fire into them half-made.
    const { seedDemoDrills } = await import("../lib/demo/seed-demo-drills");
    const seeding = performance.now();
    // Demo drills are a convenience: if they cannot be made (their one transaction leaves nothing), the app still starts.
    const demo = await seedDemoDrills({ ctx: { actor: systemActor } }).catch((error: unknown) => {
      console.error(`[drillroom] demo drills: not added (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
      return null;
    });
    const took = `${((performance.now() - seeding) / 1000).toFixed(1)} s`;
    if (demo) console.log(`[drillroom] demo drills: ${demo.created ? `${demo.created} closed demo drills added (${took})` : demo.skipped === "present" ? "already present" : "none (the reference scenarios are missing or archived)"}`);
    signIns = [`demo sign-in (password ${config.DRILLROOM_DEMO_PASSWORD ? "from DRILLROOM_DEMO_PASSWORD" : "new at every start"}):`, ...signInTable(people, password).map((line) => `  ${line}`)];
    for (const line of signIns) console.log(`[drillroom] ${line}`);
  }
  await disconnectPrisma();

  // Next listens on loopback only; the front on PORT (every interface) is the one address people use.
  const nextPort = await freeLoopbackPort();
  const next = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), mode, "-p", String(nextPort), "-H", "127.0.0.1"], {
    stdio: ["inherit", "pipe", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const front = createFront({
    target: { host: "127.0.0.1", port: nextPort },
    trustedProxies: config.TRUSTED_PROXIES,
    onError: (error, url) => {
      if (!/ECONNREFUSED|ECONNRESET|socket hang up/.test(error.message)) console.error(`[drillroom] front: ${url ?? ""} ${error.message}`);
    },
  });
  front.listen(config.PORT);
  front.on("error", (error) => {
    console.error(`[drillroom] cannot listen on port ${config.PORT}: ${error.message}`);
    next.kill("SIGTERM");
  });

  const pretty = await logPrettifier();
  const lines = createInterface({ input: next.stdout });
  lines.on("line", (line) => {
    // Next names its own loopback port; the addresses to use are printed below.
    if (/^\s*- (Local|Network):/.test(line)) return;
    process.stdout.write(`${pretty ? pretty(line) : line}\n`);
    if (/Ready in|✓ Ready/.test(line)) {
      const urls = shareableUrls({ drillroomUrl: config.DRILLROOM_URL, port: config.PORT, interfaces: networkInterfaces() });
      const width = Math.max(...urls.map((entry) => entry.url.length));
      console.log(`\n[drillroom] open drillroom at:`);
      for (const entry of urls) console.log(`[drillroom]   ${entry.url.padEnd(width)}  ${entry.note}`);
      if (!config.DRILLROOM_URL) console.log("[drillroom]   (set DRILLROOM_URL to the address teammates use: links for others are built from it)");
      if (signIns.length) for (const line of signIns) console.log(`[drillroom] ${line}`);
      console.log("");
    }
  });

  stopApp = () => next.kill("SIGTERM");
  const shutdown = (signal: NodeJS.Signals) => next.kill(signal);
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  next.on("exit", async (code) => {
    front.closeAllConnections();
    front.close();
    await stopDatabase().catch(() => {});
    process.exit(process.exitCode || (code ?? 0));
  });
}

/** pino-pretty is a development dependency: a production install without it logs JSON, as a log collector wants. */
async function logPrettifier(): Promise<((line: string) => string) | null> {
  if (!process.stdout.isTTY) return null;
  try {
    const { prettyFactory } = await import("pino-pretty");
    return createLogPrettifier(prettyFactory, true);
  } catch {
    return null;
  }
}

function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

main().catch((error) => {
  console.error(`[drillroom] failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
