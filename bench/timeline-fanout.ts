// Timeline fan-out benchmark: latency from a committed timeline append to its receipt by N
// concurrent SSE observers of the real app (`next start`, GET /api/drills/:id/stream), compared
// with a bare Postgres INSERT + NOTIFY round trip measured in the same run. See bench/README.md.
//
//   NEXT_DIST_DIR=.next-bench npx next build          # once, and after app changes
//   npm run bench:fanout
//   npm run bench:fanout -- --observers 50,200 --events 100
//   npm run bench:fanout -- --url http://127.0.0.1:3000 --database-url postgresql://…   # an app already running
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import {
  REPO_ROOT,
  assertBuildExists,
  benchTempDir,
  forkBenchProcess,
  installExitHandlers,
  machineCpuSeconds,
  machineNotes,
  nowMs,
  onCleanup,
  runBenchMain,
  appServerOptions,
  sleep,
  startAppServer,
  startBenchDatabase,
  summarize,
  treeCpuSeconds,
  waitFor,
  waitForQuietMachine,
  type Summary,
} from "./lib/harness";
import { benchApiToken } from "./lib/auth";
import type { FloorReply } from "./lib/floor-server";
import type { ClientCommand, ClientReply } from "./lib/sse-clients";

const { values: args } = parseArgs({
  options: {
    observers: { type: "string", default: "50,200,500" },
    events: { type: "string", default: "200" },
    warmup: { type: "string", default: "10" },
    rate: { type: "string", default: "20" },
    append: { type: "string", default: "verb" },
    floor: { type: "string", default: "on" },
    url: { type: "string" },
    "database-url": { type: "string" },
    ...appServerOptions({ distDir: ".next-bench", out: "bench/results/timeline-fanout.json", maxSeconds: 900 }),
  },
});

if (args.help) {
  console.log(`Usage: npm run bench:fanout -- [options]
  --observers 50,200,500     SSE connections per run (one run and one drill each)
  --events 200               measured appends per run (plus --warmup, not timed)
  --warmup 10                appends per run before measuring (checked for loss, not timed)
  --rate 20                  appends per second
  --append verb|http         verb: addNote in this process (default); http: POST /api/drills/:id/notes
  --floor on|off             also run the bare node:http fan-out floor for each N (default on)
  --dist-dir .next-bench     the production build to start (NEXT_DIST_DIR=<dir> npx next build)
  --app-dir DIR              start the build of another checkout (e.g. a copy with a candidate change)
  --url URL --database-url URL   measure an app that is already running, on that database
  --out bench/results/timeline-fanout.json
  --max-seconds 900          hard time limit for the whole run
  --quiet-threshold 25 --quiet-wait 60
                             before each measurement, wait up to 60 s for a second in which other
                             processes use < 25% of one core (the machine is shared)
  --server-node-args="…"     node flags for next start, e.g. --server-node-args="--cpu-prof --cpu-prof-dir=/tmp/bench-prof"`);
  process.exit(0);
}

const int = (name: string, value: string, min: number, max: number) => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) throw new Error(`--${name} must be an integer from ${min} to ${max}`);
  return parsed;
};
const OBSERVERS = args.observers.split(",").map((value) => int("observers", value.trim(), 1, 2000));
const EVENTS = int("events", args.events, 1, 5000);
const WARMUP = int("warmup", args.warmup, 0, 1000);
const RATE = int("rate", args.rate, 1, 500);
const MAX_SECONDS = int("max-seconds", args["max-seconds"], 30, 3600);
const QUIET_THRESHOLD = int("quiet-threshold", args["quiet-threshold"], 1, 1000);
const QUIET_WAIT = int("quiet-wait", args["quiet-wait"], 0, 600);
if (args.append !== "verb" && args.append !== "http") throw new Error("--append must be verb or http");
if (args.floor !== "on" && args.floor !== "off") throw new Error("--floor must be on or off");
if (Boolean(args.url) !== Boolean(args["database-url"])) throw new Error("--url and --database-url go together");
for (const url of [args.url, args["database-url"]]) {
  if (url && !["127.0.0.1", "localhost", "[::1]"].includes(new URL(url).hostname)) throw new Error(`only loopback addresses: ${url}`);
}

const log = (message: string) => console.error(`[bench] ${message}`);

// ---------------------------------------------------------------------------------------------
// The SSE client process, driven one request at a time.

type Ask = <T extends ClientReply["type"]>(command: ClientCommand, expect: T, timeoutMs: number) => Promise<Extract<ClientReply, { type: T }>>;

function startClients(): { ask: Ask; pid: number } {
  const { child, exited } = forkBenchProcess("SSE client process", "bench/lib/sse-clients.ts");
  let pending: { resolve: (reply: ClientReply) => void; reject: (error: Error) => void } | undefined;
  child.on("message", (reply: ClientReply) => {
    const waiter = pending;
    pending = undefined;
    if (reply.type === "error") waiter?.reject(new Error(`SSE client process: ${reply.message}`));
    else waiter?.resolve(reply);
  });
  child.on("exit", (code, signal) => {
    pending?.reject(new Error(`SSE client process exited (${code ?? signal})`));
    pending = undefined;
  });
  const ask: Ask = (command, expect, timeoutMs) =>
    new Promise((resolve, reject) => {
      if (exited()) return reject(new Error("SSE client process is gone"));
      const timer = setTimeout(() => reject(new Error(`SSE client process did not answer ${command.type} within ${timeoutMs} ms`)), timeoutMs);
      pending = {
        resolve: (reply) => {
          clearTimeout(timer);
          if (reply.type === expect) resolve(reply as never);
          else reject(new Error(`expected ${expect}, got ${reply.type}`));
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      child.send(command);
    });
  return { ask, pid: child.pid! };
}

async function startFloorServer(databaseUrl: string): Promise<{ url: string; pid: number }> {
  const { child } = forkBenchProcess("floor server", "bench/lib/floor-server.ts", [databaseUrl]);
  const reply = await new Promise<FloorReply>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("floor server did not start within 30 s")), 30_000);
    child.once("message", (message: FloorReply) => {
      clearTimeout(timer);
      resolve(message);
    });
    child.once("exit", (code) => reject(new Error(`floor server exited (${code})`)));
  });
  if (reply.type === "error") throw new Error(`floor server: ${reply.message}`);
  return { url: reply.url, pid: child.pid! };
}

// ---------------------------------------------------------------------------------------------
// Baseline: INSERT + NOTIFY on one connection, received by LISTEN on another.

interface BaselineResult {
  table: "temp" | "logged";
  samples: number;
  lost: number;
  /** Receipt minus the time before the INSERT + NOTIFY was sent: the round trip. */
  fromSendMs: Summary;
  /** Receipt minus the time the sender saw the commit acknowledged (near zero, can be negative). */
  fromCommitMs: Summary;
  otherCpuPercentBefore: number;
}

async function measureBaseline(databaseUrl: string, table: "temp" | "logged", samples: number, otherCpuPercentBefore: number): Promise<BaselineResult> {
  const channel = `bench_baseline_${process.pid}`;
  const name = table === "temp" ? "bench_baseline" : `bench_baseline_logged_${process.pid}`;
  const sender = new pg.Client({ connectionString: databaseUrl });
  const listener = new pg.Client({ connectionString: databaseUrl });
  const received = new Map<number, number>();
  listener.on("notification", (message) => received.set(Number(message.payload), nowMs()));
  // A lost connection (the server stopping under Ctrl-C) fails the pending query; don't also crash on the event.
  for (const client of [sender, listener]) client.on("error", (error) => log(`baseline connection: ${error.message}`));
  await sender.connect();
  await listener.connect();
  try {
    await listener.query(`LISTEN ${channel}`);
    await sender.query(`CREATE ${table === "temp" ? "TEMP" : ""} TABLE ${name} (id int PRIMARY KEY, at timestamptz NOT NULL DEFAULT now(), body text)`);
    const sends: { id: number; t0: number; t1: number }[] = [];
    const total = WARMUP + samples;
    await paced(total, async (i) => {
      const t0 = nowMs();
      // One simple-protocol query, so one implicit transaction: the notification leaves on its commit.
      await sender.query(`INSERT INTO ${name} (id, body) VALUES (${i}, 'baseline ${i}'); NOTIFY ${channel}, '${i}'`);
      const t1 = nowMs();
      if (i >= WARMUP) sends.push({ id: i, t0, t1 });
    });
    await waitFor("baseline notifications", 5000, () => (received.size >= total ? true : undefined), 10).catch(() => undefined);
    const fromSend: number[] = [];
    const fromCommit: number[] = [];
    for (const send of sends) {
      const at = received.get(send.id);
      if (at === undefined) continue;
      fromSend.push(at - send.t0);
      fromCommit.push(at - send.t1);
    }
    return { table, samples, lost: sends.length - fromSend.length, fromSendMs: summarize(fromSend), fromCommitMs: summarize(fromCommit), otherCpuPercentBefore };
  } finally {
    if (table === "logged") await sender.query(`DROP TABLE IF EXISTS ${name}`).catch(() => {});
    await sender.end().catch(() => {});
    await listener.end().catch(() => {});
  }
}

/** Runs `task(i)` for i in 0..count-1, one after another, started at RATE per second (late ones start at once). */
async function paced(count: number, task: (i: number) => Promise<void>): Promise<void> {
  const interval = 1000 / RATE;
  const start = nowMs() + 20;
  for (let i = 0; i < count; i++) {
    const wait = start + i * interval - nowMs();
    if (wait > 0) await sleep(wait);
    await task(i);
  }
}

// ---------------------------------------------------------------------------------------------

interface Target {
  kind: "app" | "floor";
  streamUrl: (drillId: string) => string;
  /** Sent with every stream's request: the app needs the bench's API token, the floor nothing. */
  headers?: Record<string, string>;
  /** The app sends the drill's backlog first; the floor server sends only live events. */
  sendsBacklog: boolean;
  serverPid?: number;
}

interface CpuSnapshot {
  at: number;
  server?: number;
  postgres?: number;
  clients: number;
  orchestrator: number;
  machine: { busy: number; total: number };
}

async function main() {
  installExitHandlers(MAX_SECONDS);
  const startedAt = new Date();
  const machine = machineNotes();

  // Database and app server: our own, unless told to measure a running one.
  let databaseUrl = args["database-url"];
  let postmasterPid: number | undefined;
  let appUrl = args.url;
  let serverPid: number | undefined;
  if (!databaseUrl || !appUrl) {
    assertBuildExists(args["app-dir"] ? path.resolve(args["app-dir"]) : REPO_ROOT, args["dist-dir"]);
    const dir = benchTempDir("fanout");
    log(`temp dir ${dir}`);
    const db = await startBenchDatabase(dir, "drillroom_bench");
    databaseUrl = db.url;
    postmasterPid = db.postmasterPid;
    log("embedded postgres started and migrated");
    const server = await startAppServer({ databaseUrl, distDir: args["dist-dir"], appDir: args["app-dir"] && path.resolve(args["app-dir"]), logDir: dir, nodeArgs: args["server-node-args"]?.split(/\s+/).filter(Boolean) });
    appUrl = server.url;
    serverPid = server.pid;
    log(`app server (next start, ${args["dist-dir"]}) ready at ${appUrl}, pid ${serverPid}, log ${server.logFile}`);
  }

  // The verbs in this process use the bench's database; their logs stay quiet.
  process.env.LOG_LEVEL ??= "warn";
  const { useDatabaseUrl } = await import("../lib/env");
  useDatabaseUrl(databaseUrl);
  const { prisma, disconnectPrisma } = await import("../lib/db/client");
  onCleanup("disconnect prisma", () => disconnectPrisma());
  const { addNote } = await import("../lib/drills/add-note");
  const { endDrill } = await import("../lib/drills/end");
  const { createRunningDrill, observer, staffCtx } = await import("../test/factories");
  // The streams and --append http call the app as a facilitator with an API token made for this run.
  const caller = await benchApiToken(databaseUrl, "fanout");
  log("facilitator API token made for this run");

  const versions = {
    next: (JSON.parse(readFileSync(path.join(REPO_ROOT, "node_modules/next/package.json"), "utf8")) as { version: string }).version,
    postgres: ((await prisma().$queryRaw<{ version: string }[]>`SELECT version()`)[0]?.version ?? "unknown").split(" on ")[0],
  };

  const clients = startClients();
  const floor = args.floor === "on" ? await startFloorServer(databaseUrl) : undefined;
  const ownPids = [serverPid, postmasterPid, clients.pid, floor?.pid].filter((pid): pid is number => pid !== undefined);
  const quiet = async (what: string) => {
    const { waitedSeconds, otherPercent } = await waitForQuietMachine(ownPids, QUIET_THRESHOLD, QUIET_WAIT);
    if (waitedSeconds > 0 || otherPercent >= QUIET_THRESHOLD) log(`${what}: waited ${waitedSeconds} s for a quieter machine; other processes at ${otherPercent}% of a core`);
    return otherPercent;
  };

  log(`baseline: ${EVENTS} x INSERT + NOTIFY at ${RATE}/s (temp table, then a logged table)`);
  const baselineTemp = await measureBaseline(databaseUrl, "temp", EVENTS, await quiet("baseline"));
  const baselineLogged = await measureBaseline(databaseUrl, "logged", EVENTS, await quiet("baseline (logged)"));
  log(`baseline round trip p50 ${baselineTemp.fromSendMs.p50} ms, p95 ${baselineTemp.fromSendMs.p95} ms (temp); p95 ${baselineLogged.fromSendMs.p95} ms (logged)`);

  const snapshot = (target: Target): CpuSnapshot => {
    const own = process.cpuUsage();
    return {
      at: nowMs(),
      server: target.serverPid ? treeCpuSeconds(target.serverPid) : undefined,
      postgres: postmasterPid ? treeCpuSeconds(postmasterPid) : undefined,
      clients: treeCpuSeconds(clients.pid),
      orchestrator: (own.user + own.system) / 1e6,
      machine: machineCpuSeconds(),
    };
  };

  const observerCtx = staffCtx(observer);

  async function runPhase(target: Target, observers: number) {
    const { drillId } = await createRunningDrill({ alerts: [], hints: [] });
    const { lastSeq } = await prisma().drill.findUniqueOrThrow({ where: { id: drillId }, select: { lastSeq: true } });
    const backlogThrough = target.sendsBacklog ? lastSeq : 0;
    const total = WARMUP + EVENTS;
    const firstId = lastSeq + 1;
    const lastId = lastSeq + total;
    const label = `${target.kind} x ${observers}`;
    log(`${label}: connecting to drill ${drillId}${target.sendsBacklog ? ` (backlog through id ${lastSeq})` : ""}`);
    const connected = await clients.ask(
      { type: "connect", url: target.streamUrl(drillId), headers: target.headers, drillId, count: observers, backlogThrough, capacity: lastId + 16, verifyEvery: 50, timeoutMs: 120_000 },
      "connected",
      180_000,
    );
    log(`${label}: ${connected.ok}/${observers} streams open${target.sendsBacklog ? " with their backlog" : ""} in ${connected.ms} ms${connected.errors.length ? `; errors: ${connected.errors.join("; ")}` : ""}`);
    const otherCpuPercentBefore = await quiet(label);

    const append =
      args.append === "verb"
        ? (text: string) => addNote({ ctx: observerCtx, input: { drillId, data: { text } } })
        : async (text: string) => {
            const response = await fetch(`${appUrl}/api/drills/${drillId}/notes`, { method: "POST", headers: { ...caller.headers, "content-type": "application/json" }, body: JSON.stringify({ text }) });
            if (response.status !== 201) throw new Error(`POST notes answered ${response.status}: ${await response.text()}`);
            return (await response.json()) as { id: number };
          };

    await clients.ask({ type: "measure", on: true }, "measuring", 10_000);
    const before = snapshot(target);
    const sends: { id: number; t0: number; t1: number; warmup: boolean }[] = [];
    await paced(total, async (i) => {
      const t0 = nowMs();
      const event = await append(`bench note ${i + 1} of ${total} for ${observers} observers`);
      const t1 = nowMs();
      sends.push({ id: event.id, t0, t1, warmup: i < WARMUP });
    });
    if (sends.some((send, index) => send.id !== firstId + index)) throw new Error("appended event ids are not the expected gapless sequence");
    // Every stream has every event, or 20 s have passed (then the missing ones count as lost).
    const distinct = target.sendsBacklog ? lastId : total;
    const progress = await waitFor(`${label}: all streams to receive id ${lastId}`, 20_000, async () => {
      const reply = await clients.ask({ type: "progress", distinct }, "progress", 10_000);
      return reply.complete >= connected.ok ? reply : undefined;
    }, 50).catch(() => clients.ask({ type: "progress", distinct }, "progress", 10_000));
    const after = snapshot(target);
    await clients.ask({ type: "measure", on: false }, "measuring", 10_000);
    const collected = await clients.ask({ type: "collect", fromId: firstId, toId: lastId }, "collected", 60_000);
    await clients.ask({ type: "close" }, "closed", 30_000);
    await endDrill({ ctx: staffCtx(), input: { drillId, data: { outcome: "mitigated", note: "benchmark run over" } } }).catch((error: unknown) => log(`could not end drill ${drillId}: ${(error as Error).message}`));

    // Latencies over measured events x connected streams; loss over every appended event (warm-up too).
    const fromCommit: number[] = [];
    const fromSend: number[] = [];
    const firstReceipt: number[] = [];
    const lastReceipt: number[] = [];
    let lost = 0;
    for (const send of sends) {
      const index = send.id - firstId;
      let first = Infinity;
      let last = -Infinity;
      for (const row of collected.receipts) {
        const at = row[index];
        if (at === null || at === undefined) {
          lost += 1;
          continue;
        }
        if (send.warmup) continue;
        fromCommit.push(at - send.t1);
        fromSend.push(at - send.t0);
        first = Math.min(first, at - send.t1);
        last = Math.max(last, at - send.t1);
      }
      if (!send.warmup && Number.isFinite(first)) {
        firstReceipt.push(first);
        lastReceipt.push(last);
      }
    }
    const wall = (after.at - before.at) / 1000;
    const pct = (seconds: number | undefined) => (seconds === undefined ? null : Math.round((seconds / wall) * 1000) / 10);
    const delta = (pick: (snapshot: CpuSnapshot) => number | undefined) => {
      const [a, b] = [pick(after), pick(before)];
      return a === undefined || b === undefined ? undefined : a - b;
    };
    const serverCpu = delta((s) => s.server);
    const pgCpu = delta((s) => s.postgres);
    const clientCpu = delta((s) => s.clients)!;
    const orchestratorCpu = delta((s) => s.orchestrator)!;
    const machineBusy = delta((s) => s.machine.busy)!;
    const fromCommitMs = summarize(fromCommit);
    const fromSendMs = summarize(fromSend);
    const run = {
      target: target.kind,
      observers,
      connected: connected.ok,
      connectMs: connected.ms,
      connectErrors: connected.errors,
      measuredEvents: EVENTS,
      warmupEvents: WARMUP,
      samples: fromCommit.length,
      lost,
      duplicates: collected.duplicates,
      outOfOrder: collected.outOfOrder,
      verifyErrors: collected.verifyErrors,
      closedEarly: collected.closedEarly,
      streamsComplete: progress.complete,
      latencyFromCommitMs: fromCommitMs,
      latencyFromSendMs: fromSendMs,
      firstReceiptFromCommitMs: summarize(firstReceipt),
      lastReceiptFromCommitMs: summarize(lastReceipt),
      appendCallMs: summarize(sends.filter((send) => !send.warmup).map((send) => send.t1 - send.t0)),
      p95RatioToBaseline: {
        fromCommitVsRoundTrip: ratio(fromCommitMs.p95, baselineTemp.fromSendMs.p95),
        fromSendVsRoundTrip: ratio(fromSendMs.p95, baselineTemp.fromSendMs.p95),
      },
      clientLoopDelayMs: collected.loopDelayMs,
      cpuPercentOfOneCore: {
        wallSeconds: Math.round(wall * 10) / 10,
        server: pct(serverCpu),
        postgres: pct(pgCpu),
        sseClients: pct(clientCpu),
        orchestrator: pct(orchestratorCpu),
        machineBusy: pct(machineBusy),
        other: pct(Math.max(0, machineBusy - ((serverCpu ?? 0) + (pgCpu ?? 0) + clientCpu + orchestratorCpu))),
        otherBeforeRun: otherCpuPercentBefore,
        machineCapacity: machine.cpus * 100,
      },
    };
    log(`${label}: p50 ${fromCommitMs.p50} p95 ${fromCommitMs.p95} p99 ${fromCommitMs.p99} ms from commit; lost ${lost}, duplicates ${collected.duplicates}`);
    await sleep(1000);
    return run;
  }

  const app: Target = { kind: "app", streamUrl: (drillId) => `${appUrl}/api/drills/${encodeURIComponent(drillId)}/stream`, headers: caller.headers, sendsBacklog: true, serverPid };
  const floorTarget: Target | undefined = floor && { kind: "floor", streamUrl: (drillId) => `${floor.url}/stream?drill=${encodeURIComponent(drillId)}`, sendsBacklog: false, serverPid: floor.pid };
  const runs = [];
  const floorRuns = [];
  for (const observers of OBSERVERS) {
    runs.push(await runPhase(app, observers));
    if (floorTarget) floorRuns.push(await runPhase(floorTarget, observers));
  }

  log("baseline again after the observer runs (drift check)");
  const baselineAfter = await measureBaseline(databaseUrl, "temp", EVENTS, await quiet("baseline (after)"));

  const results = {
    benchmark: "timeline-fanout",
    ranAt: startedAt.toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    parameters: {
      observers: OBSERVERS,
      eventsPerRun: EVENTS,
      warmupPerRun: WARMUP,
      ratePerSecond: RATE,
      append: args.append === "verb" ? "addNote verb in the bench process (own Prisma client)" : "POST /api/drills/:id/notes",
      appServer: args.url ? `external ${args.url}` : `next start (${args["app-dir"] ? `${args["app-dir"]}/` : ""}${args["dist-dir"]}) on 127.0.0.1, started by the bench`,
      database: args["database-url"] ? "external" : "embedded PostgreSQL in a temp dir, started by the bench",
      sseClients: "one child process, node:http with a dedicated Agent (maxSockets Infinity, no keep-alive pooling)",
      floor: floor ? "bare node:http server in a child process: LISTEN, frame once, res.write to every stream" : "off",
      quietMachine: `waited up to ${QUIET_WAIT} s before each measurement for other processes < ${QUIET_THRESHOLD}% of a core`,
    },
    machine: { ...machine, loadAverageAtEnd: os.loadavg().map((value) => Math.round(value * 100) / 100) },
    versions,
    baseline: { temp: baselineTemp, logged: baselineLogged, tempAfterRuns: baselineAfter },
    runs,
    floorRuns,
  };

  const outFile = path.resolve(REPO_ROOT, args.out);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(table(results));
  log(`results written to ${outFile}`);
}

function ratio(value: number, base: number): number {
  return Math.round((value / base) * 10) / 10;
}

type Run = {
  target: string;
  observers: number;
  connected: number;
  lost: number;
  duplicates: number;
  latencyFromCommitMs: Summary;
  latencyFromSendMs: Summary;
  firstReceiptFromCommitMs: Summary;
  lastReceiptFromCommitMs: Summary;
  p95RatioToBaseline: { fromCommitVsRoundTrip: number; fromSendVsRoundTrip: number };
  cpuPercentOfOneCore: { server: number | null; postgres: number | null; sseClients: number | null; other: number | null };
};

function table(results: {
  parameters: { eventsPerRun: number; warmupPerRun: number; ratePerSecond: number; append: string };
  machine: { cpus: number; cpuModel: string; loadAverageAtStart: number[] };
  baseline: { temp: BaselineResult; logged: BaselineResult; tempAfterRuns: BaselineResult };
  runs: Run[];
  floorRuns: Run[];
}): string {
  const p = results.parameters;
  const f = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "-");
  const widths = [12, 9, 7, 7, 7, 7, 7, 7, 8, 8, 7, 5, 4, 16];
  const row = (cells: (string | number)[]) => cells.map((cell, index) => String(cell).padStart(widths[index]!)).join(" ");
  const line = (s: Summary) => `p50 ${f(s.p50)}  p95 ${f(s.p95)}  p99 ${f(s.p99)}  max ${f(s.max)} ms`;
  const out = [
    "",
    `Timeline fan-out: append -> SSE receipt. ${p.eventsPerRun} notes per run at ${p.ratePerSecond}/s (+${p.warmupPerRun} warm-up); appends by ${p.append}.`,
    `Machine: ${results.machine.cpus} x ${results.machine.cpuModel}; load average at start ${results.machine.loadAverageAtStart.join(" ")}.`,
    "",
    `Baseline INSERT + NOTIFY -> LISTEN on another connection:`,
    `  round trip from send, temp table        ${line(results.baseline.temp.fromSendMs)}`,
    `  from commit acknowledged, temp table    ${line(results.baseline.temp.fromCommitMs)}`,
    `  round trip from send, logged table      ${line(results.baseline.logged.fromSendMs)}`,
    `  round trip from send, temp, after runs  ${line(results.baseline.tempAfterRuns.fromSendMs)}`,
    "",
    row(["observers", "connected", "p50", "p95", "p99", "max", "first95", "last95", "p95/base", "send p95", "/base", "lost", "dup", "cpu% srv/pg/cli"]),
  ];
  const render = (run: Run) => {
    const c = run.cpuPercentOfOneCore;
    const cpu = [c.server, c.postgres, c.sseClients].map((value) => (value === null ? "-" : Math.round(value))).join("/");
    return row([
      `${run.target === "floor" ? "floor " : ""}${run.observers}`,
      run.connected,
      f(run.latencyFromCommitMs.p50),
      f(run.latencyFromCommitMs.p95),
      f(run.latencyFromCommitMs.p99),
      f(run.latencyFromCommitMs.max),
      f(run.firstReceiptFromCommitMs.p95),
      f(run.lastReceiptFromCommitMs.p95),
      `${run.p95RatioToBaseline.fromCommitVsRoundTrip}x`,
      f(run.latencyFromSendMs.p95),
      `${run.p95RatioToBaseline.fromSendVsRoundTrip}x`,
      run.lost,
      run.duplicates,
      cpu,
    ]);
  };
  out.push(...results.runs.map(render));
  if (results.floorRuns.length) out.push(...results.floorRuns.map(render));
  out.push(
    "",
    "ms from commit: receipt minus the moment the append call returned (commit acknowledged), every measured event x stream.",
    "first95 / last95: p95 over events of the earliest / the latest stream's receipt. from send: receipt minus the moment before the append call.",
    "p95/base: p95 divided by the baseline round-trip p95 (temp table). Target: p95 within 3x at 500 observers.",
    "floor N: the same appends and clients against a bare node:http SSE server (no Next.js): what this machine costs at minimum.",
    "cpu%: of one core during the appends, for the server under test, Postgres, the SSE client process.",
  );
  return out.join("\n");
}

runBenchMain(main);
