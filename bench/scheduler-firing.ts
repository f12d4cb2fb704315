// Scheduled item firing delay: how late after its due moment each script item lands on the timeline, for items
// timed from the drill's start and for items timed from an injection (due once the injection is recorded).
// Usage: npm run bench:scheduler [-- --items 200 --spread-seconds 20]
// Starts its own embedded Postgres in a temp dir; runs the real scheduler (pg-boss + timers + sweep) in-process.
import { mkdtemp, rm, writeFile, chmod } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { freePort } from "./lib/harness";

const { values } = parseArgs({
  options: { items: { type: "string", default: "200" }, "spread-seconds": { type: "string", default: "20" }, out: { type: "string", default: "bench/results/scheduler-firing.json" }, help: { type: "boolean", default: false } },
});
if (values.help) {
  console.log(`Usage: npm run bench:scheduler -- [options]
  --items 200                script items (alerts) per run, 50 per drill
  --spread-seconds 20        their due moments, spread evenly over this long (from the start, or from the injection)
  --out bench/results/scheduler-firing.json`);
  process.exit(0);
}
const ITEMS = Number(values.items);
const SPREAD_MS = Number(values["spread-seconds"]) * 1000;
const PER_DRILL = 50; // the scenario model allows 50 alerts

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

type Anchor = "start" | "injection";

async function run(localTimers: boolean, anchor: Anchor, databaseUrl: string) {
  const { startRuntime, stopRuntime } = await import("../lib/runtime");
  const { ScriptScheduler } = await import("../lib/runtime/script-scheduler");
  const { createScenario } = await import("../lib/scenarios/create");
  const { createDrill } = await import("../lib/drills/create");
  const { startDrill } = await import("../lib/drills/start");
  const { triggerInjection } = await import("../lib/drills/injections/trigger-injection");
  const { prisma } = await import("../lib/db/client");
  const ctx = { actor: { type: "facilitator" as const, name: "bench" } };
  await startRuntime(() => [new ScriptScheduler({ databaseUrl, pollingIntervalSeconds: 0.5, sweepIntervalMs: 5000, localTimers })]);
  const drillIds: string[] = [];
  const startAfterMs = 3000;
  for (let first = 0; first < ITEMS; first += PER_DRILL) {
    const count = Math.min(PER_DRILL, ITEMS - first);
    const alerts = Array.from({ length: count }, (_, index) => ({
      id: `a-${first + index}`,
      offsetMinutes: (startAfterMs + ((first + index) * SPREAD_MS) / ITEMS) / 60_000,
      source: "custom" as const,
      severity: "info" as const,
      title: `bench ${first + index}`,
      body: "",
      ...(anchor === "injection" ? { relativeTo: "i" } : {}),
    }));
    const definition = {
      title: `bench ${localTimers ? "timers" : "polling"} ${anchor} ${first}`,
      summary: "bench",
      components: ["bench"],
      timeBoxMinutes: 30,
      rootCause: "bench",
      injections: [{ id: "i", name: "i", action: { kind: "manual", instructions: "i" }, rollback: { kind: "manual", instructions: "i" } }],
      alerts,
      modelAnswer: ["bench"],
    };
    const scenario = await createScenario({ ctx, input: { definition } });
    drillIds.push((await createDrill({ ctx, input: { scenarioId: scenario.id } })).id);
  }
  for (const drillId of drillIds) await startDrill({ ctx, input: { drillId } });
  // Injection-timed alerts get their due time when the injection is recorded: a manual step, marked done.
  if (anchor === "injection") for (const drillId of drillIds) await triggerInjection({ ctx, input: { drillId, data: { stepId: "i" } } });
  const deadline = Date.now() + startAfterMs + SPREAD_MS + 30_000;
  while (Date.now() < deadline) {
    const pending = await prisma().scriptItem.count({ where: { drillId: { in: drillIds }, kind: "alert", status: "pending" } });
    if (pending === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopRuntime();
  const drills = await prisma().drill.findMany({ where: { id: { in: drillIds } }, select: { id: true, startedAt: true, pausedMs: true } });
  const items = await prisma().scriptItem.findMany({ where: { drillId: { in: drillIds }, kind: "alert" } });
  const events = await prisma().timelineEvent.findMany({ where: { drillId: { in: drillIds }, kind: "alert.fired" }, select: { drillId: true, ref: true, at: true } });
  const delays: number[] = [];
  let missing = 0;
  for (const item of items) {
    const drill = drills.find((candidate) => candidate.id === item.drillId)!;
    const fired = events.filter((event) => event.drillId === item.drillId && event.ref === `alert:${item.itemId}`);
    if (fired.length === 0) missing += 1;
    if (fired[0]) delays.push(fired[0].at.getTime() - (drill.startedAt!.getTime() + drill.pausedMs + item.dueOffsetMs!));
  }
  const duplicates = events.length - new Set(events.map((event) => `${event.drillId}/${event.ref}`)).size;
  delays.sort((a, b) => a - b);
  const mode = localTimers ? "timers + pg-boss" : "pg-boss polling only (0.5 s)";
  return { anchor: anchor === "start" ? "drill clock" : "injection", mode, items: items.length, missing, duplicates, p50: percentile(delays, 50), p95: percentile(delays, 95), p99: percentile(delays, 99), max: delays.at(-1)!, min: delays[0]! };
}

async function main() {
  const root = await mkdtemp(path.join(os.tmpdir(), "drillroom-bench-scheduler-"));
  await chmod(root, 0o755);
  const { startEmbeddedPostgres } = await import("../lib/db/embedded");
  const { migrate } = await import("../lib/db/migrate");
  const { useDatabaseUrl } = await import("../lib/env");
  const database = await startEmbeddedPostgres({ dataDir: path.join(root, "pg"), port: await freePort(), database: "bench" });
  try {
    await migrate(database.url);
    useDatabaseUrl(database.url);
    process.env.LOG_LEVEL = "warn";
    const results = [];
    for (const anchor of ["start", "injection"] as const) for (const localTimers of [true, false]) results.push(await run(localTimers, anchor, database.url));
    console.table(results);
    const output = { measuredAt: new Date().toISOString(), machine: `${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "unknown cpu"}`, spreadSeconds: SPREAD_MS / 1000, results };
    await writeFile(path.resolve(values.out), JSON.stringify(output, null, 2) + "\n");
  } finally {
    const { disconnectPrisma } = await import("../lib/db/client");
    await disconnectPrisma().catch(() => {});
    await database.stop().catch(() => {});
    await rm(root, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
