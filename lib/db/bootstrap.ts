import path from "node:path";
import { env, useDatabaseUrl } from "../env";
import { redactUrl } from "../logger";
import { startEmbeddedPostgres } from "./embedded";
import { migrate } from "./migrate";

export interface BootstrappedDatabase {
  url: string;
  /** Stops the embedded server if this process started it; a no-op otherwise. */
  stop(): Promise<void>;
}

/**
 * The database for a process that runs outside Next (the launcher, the scenarios CLI): the embedded
 * PostgreSQL unless DATABASE_URL is set (reusing one another process already runs), migrated to the latest. With
 * `onGiveUp`, an embedded server this process started is restarted when it dies, and `onGiveUp` is called when
 * restarting fails 5 times in a row.
 */
export async function bootstrapDatabase(log: (message: string) => void = () => {}, options: { onGiveUp?: (error: Error) => void } = {}): Promise<BootstrappedDatabase> {
  const config = env();
  let stop = async () => {};
  if (!config.DATABASE_URL) {
    const dataDir = path.join(config.DRILLROOM_DATA_DIR, "postgres");
    const supervise = options.onGiveUp ? { log, onGiveUp: options.onGiveUp } : undefined;
    const embedded = await startEmbeddedPostgres({ dataDir, port: config.EMBEDDED_PG_PORT, supervise });
    useDatabaseUrl(embedded.url);
    stop = embedded.stop;
    log(`embedded PostgreSQL ready (${dataDir})`);
  } else {
    log(`using DATABASE_URL ${redactUrl(config.DATABASE_URL)}`);
  }
  const url = env().DATABASE_URL!;
  const { applied } = await migrate(url);
  log(`migrations: ${applied.length ? `applied ${applied.join(", ")}` : "up to date"}`);
  return { url, stop };
}
