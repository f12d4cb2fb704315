import pg from "pg";
import { inject } from "vitest";

/** The test server's URL for another database on it. */
export function databaseUrlFor(database: string): string {
  const url = new URL(inject("databaseUrl"));
  url.pathname = `/${database}`;
  return url.toString();
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const created: string[] = [];

/** A brand-new empty database on the test server, for tests that need a database nobody else touches. */
export async function createScratchDatabase(label: string): Promise<string> {
  const name = `scratch_${label}_${process.pid}_${created.length}`;
  await withClient(databaseUrlFor("postgres"), (client) => client.query(`CREATE DATABASE "${name}"`));
  created.push(name);
  return databaseUrlFor(name);
}

/** Call from afterAll: drops every scratch database this file created. */
export async function dropScratchDatabases(): Promise<void> {
  await withClient(databaseUrlFor("postgres"), async (client) => {
    for (const name of created.splice(0)) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
}
