import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_MIGRATIONS_DIR, migrate } from "../../lib/db/migrate";
import { createScratchDatabase, dropScratchDatabases, withClient } from "../scratch-database";

const MIGRATION = "20261125010000_injection_runtime";
let workDir: string | undefined;
afterAll(async () => {
  await dropScratchDatabases();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** A migrations folder holding only the migrations named before `name` (exclusive) in the real one. */
async function migrationsBefore(name: string): Promise<string> {
  workDir = await mkdtemp(path.join(os.tmpdir(), "inj-migrations-"));
  for (const entry of await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true }))
    if (!entry.isDirectory() || entry.name < name) await cp(path.join(DEFAULT_MIGRATIONS_DIR, entry.name), path.join(workDir, entry.name), { recursive: true });
  return workDir;
}

describe(`migration ${MIGRATION}`, () => {
  it("gives every existing scenario its own random webhook secret", async () => {
    const url = await createScratchDatabase("inj_secret");
    await migrate(url, await migrationsBefore(MIGRATION));
    await withClient(url, (client) =>
      client.query(`INSERT INTO "Scenario" ("id", "title", "summary", "components", "tags", "timeBoxMinutes", "currentRevision", "updatedAt")
        VALUES ('old-1', 'Old one', 's', '{api}', '{}', 30, 1, now()), ('old-2', 'Old two', 's', '{api}', '{}', 30, 1, now())`),
    );
    await migrate(url);
    const { rows } = await withClient(url, (client) => client.query<{ webhookSecret: string }>(`SELECT "webhookSecret" FROM "Scenario" ORDER BY "id"`));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.webhookSecret).toMatch(/^whsec_[0-9a-f]{64}$/);
    expect(rows[0]!.webhookSecret).not.toBe(rows[1]!.webhookSecret);
    const nullable = await withClient(url, (client) => client.query(`SELECT is_nullable FROM information_schema.columns WHERE table_name = 'Scenario' AND column_name = 'webhookSecret'`));
    expect(nullable.rows[0].is_nullable).toBe("NO");
  });
});
