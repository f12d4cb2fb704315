import { spawn } from "node:child_process";
import path from "node:path";
import PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { disconnectPrisma } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { useDatabaseUrl } from "../../lib/env";
import { ScriptScheduler } from "../../lib/runtime/script-scheduler";
import { createScratchDatabase, dropScratchDatabases } from "../scratch-database";

const ROOT = path.resolve(import.meta.dirname, "../..");
let databaseUrl: string;

// A database of its own: the scheduler sweeps every running drill it can see.
beforeAll(async () => {
  databaseUrl = await createScratchDatabase("runtime");
  await migrate(databaseUrl);
  await disconnectPrisma();
  useDatabaseUrl(databaseUrl);
}, 60_000);

afterAll(async () => {
  await disconnectPrisma();
  await dropScratchDatabases();
});

describe("the runtime's workers", () => {
  it("leave nothing running once stopped: the process exits by itself", async () => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "test/support/runtime-child.ts")], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: "warn" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    // Starting takes a while on a busy machine (tsx compiles, pg-boss migrates); exiting after the stop must not.
    const exited = await new Promise<{ code: number | null; at: number } | "hung">((resolve) => {
      const timer = setTimeout(() => resolve("hung"), 50_000);
      child.on("exit", (code) => {
        clearTimeout(timer);
        resolve({ code, at: Date.now() });
      });
    });
    if (exited === "hung") {
      child.kill("SIGKILL");
      throw new Error(`the child did not exit; its output:\n${output}`);
    }
    expect(exited.code, output).toBe(0);
    expect(output).toContain("started");
    const stoppedAt = Number(/stopped at (\d+)/.exec(output)?.[1]);
    // By itself, soon: sockets being closed take a moment (1.4 s measured, 5.7 s on a loaded machine); a timer or
    // a connection left open would keep it alive for good.
    expect(exited.at - stoppedAt, output).toBeLessThan(15_000);
  }, 60_000);

  it("surfaces a queue creation error other than the queue existing already", async () => {
    // pg-boss binds its methods to each instance: stub the scheduler's own.
    const bossOf = (scheduler: ScriptScheduler) => (scheduler as unknown as { boss: PgBoss }).boss;
    const refused = new ScriptScheduler({ databaseUrl, sweepIntervalMs: 60_000 });
    vi.spyOn(bossOf(refused), "createQueue").mockRejectedValueOnce(Object.assign(new Error("permission denied for schema pgboss"), { code: "42501" }));
    await expect(refused.start()).rejects.toThrow("permission denied for schema pgboss");
    await refused.stop();

    const raced = new ScriptScheduler({ databaseUrl, sweepIntervalMs: 60_000 });
    vi.spyOn(bossOf(raced), "createQueue").mockRejectedValueOnce(Object.assign(new Error('relation "pgboss.j1" already exists'), { code: "42P07" }));
    await raced.start();
    await raced.stop();
  }, 30_000);
});
