import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { expect, request as playwrightRequest, test } from "@playwright/test";
import { freePort } from "./support/app-process";
import { demoLogin, signIn } from "./support/auth";
import { startSeededDrill } from "./support/api";

/** Every process still running with `marker` in its environment: what a stop left behind. */
function processesMarked(marker: string): number[] {
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/environ`, "utf8").split("\0").includes(marker)) found.push(Number(entry));
    } catch {
      // gone meanwhile, or not ours to read
    }
  }
  return found;
}

const exited = (child: ChildProcess) => new Promise<number | null>((resolve) => (child.exitCode !== null ? resolve(child.exitCode) : child.once("exit", (code) => resolve(code))));

test("SIGTERM to `npm start`'s own process stops the app, its live streams and its database within seconds", async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  const dataDir = path.join(".data", `e2e-stop-${process.pid}-${Date.now()}`);
  const marker = `DRILLROOM_DATA_DIR=${dataDir}`;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), EMBEDDED_PG_PORT: String(await freePort()), DRILLROOM_DATA_DIR: dataDir, LOG_LEVEL: "warn" };
  delete env.DATABASE_URL;
  // npm's own pid, as a container's PID 1 would be: the signal goes to npm, not to a process group.
  const npm = spawn("npm", ["start", "--silent"], { env, stdio: "ignore" });
  const baseURL = `http://127.0.0.1:${port}`;
  try {
    await expect.poll(() => fetch(`${baseURL}/api/health`).then((response) => response.ok, () => false), { timeout: 90_000, intervals: [500] }).toBe(true);
    const api = await playwrightRequest.newContext({ baseURL });
    await signIn(api, baseURL, demoLogin("facilitator"));
    const drill = await startSeededDrill(api);
    const cookie = (await api.storageState()).cookies.map((entry) => `${entry.name}=${entry.value}`).join("; ");
    const stream = await fetch(`${baseURL}/api/drills/${drill.id}/stream`, { headers: { cookie } });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    await reader.read();
    expect(processesMarked(marker).length).toBeGreaterThanOrEqual(3); // npm's launcher, Next, PostgreSQL

    const signalledAt = Date.now();
    npm.kill("SIGTERM");
    const code = await exited(npm);
    const streamEnded = (async () => {
      for (;;) if ((await reader.read()).done) return true;
    })().catch(() => true);
    expect(await streamEnded).toBe(true);
    await expect.poll(() => processesMarked(marker), { timeout: 10_000 }).toEqual([]);
    const stoppedInMs = Date.now() - signalledAt;
    console.log(`stop: npm exited with ${code}; every process of the app gone ${stoppedInMs} ms after SIGTERM`);
    expect(stoppedInMs).toBeLessThan(10_000);
    expect(await fetch(`${baseURL}/api/health`).then(() => "answered", () => "refused")).toBe("refused");
    await api.dispose();
  } finally {
    npm.kill("SIGKILL");
    for (const pid of processesMarked(marker)) process.kill(pid, "SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  }
});
