import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import pg from "pg";

/** A TCP port nothing listens on now, for an app or a database a test starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface AppProcess {
  baseURL: string;
  /** SIGKILL to the whole process group: the launcher, Next and nothing graceful. */
  kill(): void;
  stop(): Promise<void>;
}

/** A fresh database on the e2e Postgres server, for a test that must be the only app using it. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new URL(serverUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The real launcher (migrations, then `next start` with its scheduler) in its own process group. */
export async function startAppProcess(databaseUrl: string, port: number): Promise<AppProcess> {
  const child: ChildProcess = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/launch.ts", "start"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), DRILLROOM_URL: `http://127.0.0.1:${port}`, DRILLROOM_SEED: "false", LOG_LEVEL: "warn" },
    stdio: "ignore",
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`app exited with ${child.exitCode}`);
    if (await fetch(`${baseURL}/api/health`).then((response) => response.ok).catch(() => false)) break;
    if (Date.now() > deadline) throw new Error("app did not become healthy");
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const group = -child.pid!;
  return {
    baseURL,
    kill: () => process.kill(group, "SIGKILL"),
    stop: async () => {
      try {
        process.kill(group, "SIGTERM");
      } catch {
        return;
      }
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}
