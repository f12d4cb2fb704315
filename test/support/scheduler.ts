import { afterAll, beforeAll } from "vitest";
import { disconnectPrisma } from "../../lib/db/client";
import { migrate } from "../../lib/db/migrate";
import { useDatabaseUrl } from "../../lib/env";
import { startRuntime, stopRuntime } from "../../lib/runtime";
import { ScriptScheduler } from "../../lib/runtime/script-scheduler";
import { createScratchDatabase, dropScratchDatabases } from "../scratch-database";

/**
 * Gives the test file a database of its own with the drill script scheduler running on it (the
 * scheduler sweeps every running drill it can see). Returns the database's URL once `beforeAll` ran.
 */
export function useScriptScheduler(label: string, sweepIntervalMs: number): () => string {
  let databaseUrl = "";
  beforeAll(async () => {
    databaseUrl = await createScratchDatabase(label);
    await migrate(databaseUrl);
    await disconnectPrisma();
    useDatabaseUrl(databaseUrl);
    await startRuntime(() => [new ScriptScheduler({ databaseUrl, pollingIntervalSeconds: 0.5, sweepIntervalMs })]);
  }, 60_000);
  afterAll(async () => {
    await stopRuntime();
    await disconnectPrisma();
    await dropScratchDatabases();
  });
  return () => databaseUrl;
}
