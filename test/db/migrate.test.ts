import { createHash } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { DEFAULT_MIGRATIONS_DIR, migrate } from "../../lib/db/migrate";
import { createScratchDatabase as freshDatabase, dropScratchDatabases, withClient } from "../scratch-database";

const databaseUrl = inject("databaseUrl");
afterAll(dropScratchDatabases);

const migrationNames = async () => (await readdir(DEFAULT_MIGRATIONS_DIR, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();

describe("migrate", () => {
  it("applies everything on a fresh database, then nothing the second time", async () => {
    const url = await freshDatabase("twice");
    const names = await migrationNames();
    expect(names.length).toBeGreaterThan(0);
    expect(await migrate(url)).toEqual({ applied: names, alreadyApplied: [] });
    expect(await migrate(url)).toEqual({ applied: [], alreadyApplied: names });
    // The database the global setup migrated is up to date as well.
    expect(await migrate(databaseUrl)).toEqual({ applied: [], alreadyApplied: names });
  });

  it("lets two concurrent runs on a fresh database both succeed, applying each migration once", async () => {
    const url = await freshDatabase("concurrent");
    const names = await migrationNames();
    const results = await Promise.all([migrate(url), migrate(url)]);
    expect(results.map((result) => result.applied).flat().sort()).toEqual(names);
    expect(results.map((result) => [...result.applied, ...result.alreadyApplied].sort())).toEqual([names, names]);

    const { rows } = await withClient(url, (client) =>
      client.query(`SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count, logs FROM "_prisma_migrations" ORDER BY migration_name`),
    );
    expect(rows.map((row) => row.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = await readFile(path.join(DEFAULT_MIGRATIONS_DIR, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row).toMatchObject({ rolled_back_at: null, applied_steps_count: 1, logs: null });
    }
    const tables = await withClient(url, (client) => client.query(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename = 'Drill'`));
    expect(tables.rows[0].n).toBe(1);
  });

  it("keeps _prisma_migrations in Prisma's own column layout", async () => {
    const { rows } = await withClient(databaseUrl, (client) =>
      client.query(
        `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
           FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      ),
    );
    expect(rows).toEqual([
      { column_name: "id", data_type: "character varying", length: 36, is_nullable: "NO", column_default: null },
      { column_name: "checksum", data_type: "character varying", length: 64, is_nullable: "NO", column_default: null },
      { column_name: "finished_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES", column_default: null },
      { column_name: "migration_name", data_type: "character varying", length: 255, is_nullable: "NO", column_default: null },
      { column_name: "logs", data_type: "text", length: null, is_nullable: "YES", column_default: null },
      { column_name: "rolled_back_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES", column_default: null },
      { column_name: "started_at", data_type: "timestamp with time zone", length: null, is_nullable: "NO", column_default: "now()" },
      { column_name: "applied_steps_count", data_type: "integer", length: null, is_nullable: "NO", column_default: "0" },
    ]);
    const pk = await withClient(databaseUrl, (client) =>
      client.query(`SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
                    WHERE i.indrelid = '"_prisma_migrations"'::regclass AND i.indisprimary`),
    );
    expect(pk.rows).toEqual([{ attname: "id" }]);
  });

  describe("with a scratch copy of the migrations", () => {
    let dir: string;
    afterAll(async () => {
      if (dir) await rm(dir, { recursive: true, force: true });
    });

    it("refuses a migration edited after it was applied, and stops at a failed one", async () => {
      dir = await mkdtemp(path.join(os.tmpdir(), "drillroom-migrations-"));
      await cp(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
      const url = await freshDatabase("edited");
      await migrate(url, dir);

      const [first] = await migrationNames();
      await writeFile(path.join(dir, first!, "migration.sql"), `${await readFile(path.join(dir, first!, "migration.sql"), "utf8")}\n-- edited\n`);
      await expect(migrate(url, dir)).rejects.toThrow(`Migration ${first} was edited after it was applied (checksum differs).`);
      await cp(path.join(DEFAULT_MIGRATIONS_DIR, first!), path.join(dir, first!), { recursive: true });

      await cp(path.join(DEFAULT_MIGRATIONS_DIR, first!), path.join(dir, "99990101000000_broken"), { recursive: true });
      await writeFile(path.join(dir, "99990101000000_broken", "migration.sql"), `CREATE TABLE "Broken" ("id" TEXT);\nSELECT * FROM "NoSuchTable";\n`);
      await expect(migrate(url, dir)).rejects.toThrow(/Migration 99990101000000_broken failed: .*NoSuchTable/);
      await expect(migrate(url, dir)).rejects.toThrow("Migration 99990101000000_broken failed earlier");

      const { rows } = await withClient(url, (client) =>
        client.query(`SELECT finished_at, logs, to_regclass('"Broken"') AS broken FROM "_prisma_migrations" WHERE migration_name = '99990101000000_broken'`),
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ finished_at: null, broken: null });
      expect(rows[0].logs).toContain("NoSuchTable");
    });
  });
});
