import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../../lib/db/embedded";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const postmasterPid = async (dataDir: string) => Number((await readFile(path.join(dataDir, "postmaster.pid"), "utf8")).split("\n")[0]);

describe("the embedded PostgreSQL under supervision", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("is restarted when it dies, and given up on after 5 failed restarts in a row", { timeout: 60_000 }, async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), "drillroom-supervised-"));
    await chmod(root, 0o755);
    const dataDir = path.join(root, "pg");
    const log: string[] = [];
    let gaveUp: Error | undefined;
    const database: EmbeddedDatabase = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      supervise: { log: (message) => log.push(message), onGiveUp: (error) => (gaveUp = error), backoffMs: [50, 100], stableAfterMs: 60_000 },
    });
    cleanups.push(async () => {
      await chmod(dataDir, 0o700).catch(() => {});
      await database.stop().catch(() => {});
      await rm(root, { recursive: true, force: true });
    });
    expect(await answers(database.url)).toBe(true);

    process.kill(await postmasterPid(dataDir), "SIGKILL");
    await expect.poll(() => log.includes("embedded PostgreSQL restarted"), { timeout: 20_000 }).toBe(true);
    expect(log[0]).toBe("embedded PostgreSQL exited (signal SIGKILL)");
    expect(await answers(database.url)).toBe(true);

    // Postgres refuses a data directory others can write to: every restart from here fails.
    await chmod(dataDir, 0o777);
    process.kill(await postmasterPid(dataDir), "SIGKILL");
    await expect.poll(() => gaveUp, { timeout: 30_000 }).toBeInstanceOf(Error);
    // The first restart came up but died again within stableAfterMs, so it counts toward the row: 1 + 4 attempts.
    expect(log.filter((line) => line.startsWith("embedded PostgreSQL: restarting in")).length).toBe(5);
    expect(log.at(-1)).toBe("embedded PostgreSQL: giving up after 5 failed restarts in a row");
    expect(await answers(database.url)).toBe(false);
  });
});
