import { cp, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DEFAULT_MIGRATIONS_DIR, migrate } from "../../lib/db/migrate";
import { createScratchDatabase, dropScratchDatabases, withClient } from "../scratch-database";

const MIGRATION = "20261125020000_roster_milestones_notes";
afterAll(dropScratchDatabases);

describe(`migration ${MIGRATION}`, () => {
  it("copies milestones recorded before the milestone table existed out of the timeline, the first of each", async () => {
    const url = await createScratchDatabase("backfill");
    const earlier = await mkdtemp(path.join(os.tmpdir(), "drillroom-migrations-"));
    try {
      // Only the first migration: rows written then must survive every later migration, this one included.
      const [first] = (await readdir(DEFAULT_MIGRATIONS_DIR)).filter((name) => /^\d+_/.test(name)).sort();
      for (const name of [first!])
        await cp(path.join(DEFAULT_MIGRATIONS_DIR, name), path.join(earlier, name), { recursive: true });
      await migrate(url, earlier);
    } finally {
      await rm(earlier, { recursive: true, force: true });
    }
    await withClient(url, async (client) => {
      await client.query(`INSERT INTO "Scenario" (id, title, summary, components, tags, "timeBoxMinutes", "currentRevision", "updatedAt") VALUES ('s1', 't', 's', '{}', '{}', 30, 1, now())`);
      await client.query(`INSERT INTO "ScenarioRevision" (id, "scenarioId", number, definition) VALUES ('r1', 's1', 1, '{}')`);
      await client.query(`INSERT INTO "Drill" (id, "scenarioId", "revisionId", title, "channelToken", script, "timeBoxMinutes", "updatedAt", "lastSeq") VALUES ('d1', 's1', 'r1', 't', 'tok', '{}', 30, now(), 4)`);
      const event = `INSERT INTO "TimelineEvent" ("drillId", seq, kind, audience, at, "offsetMs", "actorType", "actorName", ref, body) VALUES ('d1', $1, $2, 'staff', $3, $4, 'facilitator', 'Fay', $5, $6)`;
      await client.query(event, [1, "drill.started", "2026-11-24T10:00:00Z", 0, null, {}]);
      await client.query(event, [2, "milestone.recorded", "2026-11-24T10:03:00Z", 180_000, "milestone:acknowledged", { milestone: "acknowledged", note: "on it" }]);
      await client.query(event, [3, "note.added", "2026-11-24T10:04:00Z", 240_000, null, { text: "milestone.recorded" }]);
      await client.query(event, [4, "milestone.recorded", "2026-11-24T10:05:00Z", 300_000, "milestone:acknowledged", { milestone: "acknowledged", note: "twice" }]);
    });

    await migrate(url);
    await withClient(url, async (client) => {
      const { rows } = await client.query(`SELECT "drillId", milestone, "reachedOffsetMs", "reachedAt", "evidenceSeq", note, "recordedSeq", "recordedBy" FROM "Milestone"`);
      expect(rows).toEqual([
        { drillId: "d1", milestone: "acknowledged", reachedOffsetMs: 180_000, reachedAt: new Date("2026-11-24T10:03:00Z"), evidenceSeq: null, note: "on it", recordedSeq: 2, recordedBy: "Fay" },
      ]);
    });
  });
});
