import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface Instance {
  baseURL: string;
  stop(): Promise<void>;
}

/** A second app server on the same database, started from the same build, as a second replica would be. */
export async function startSecondInstance(databaseUrl: string, port: number, extraEnv: Record<string, string> = {}): Promise<Instance> {
  const child: ChildProcess = spawn(process.execPath, [path.resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: String(port), DRILLROOM_URL: `http://127.0.0.1:${port}`, LOG_LEVEL: "warn", NEXT_TELEMETRY_DISABLED: "1", ...extraEnv },
    stdio: "ignore",
  });
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`second instance exited with ${child.exitCode}`);
    const healthy = await fetch(`${baseURL}/api/health`).then((response) => response.ok).catch(() => false);
    if (healthy) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseURL,
    // Next waits for open requests (live streams) before exiting on SIGTERM; don't wait forever.
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        const kill = setTimeout(() => child.kill("SIGKILL"), 5000);
        child.once("exit", () => {
          clearTimeout(kill);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}
