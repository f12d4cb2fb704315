import { readFile } from "node:fs/promises";
import pg from "pg";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { actualShape, expectedShape, schemaDifferences, type SchemaShape } from "./schema-shape";

let schema: string;
let database: SchemaShape;

beforeAll(async () => {
  schema = await readFile("prisma/schema.prisma", "utf8");
  const client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  try {
    database = await actualShape(client);
  } finally {
    await client.end();
  }
});

/** Edits a copy of the schema text; throws when the edit does not apply, so a stale mutation cannot pass silently. */
function mutate(from: string | RegExp, to: string): string {
  const next = schema.replace(from, to);
  if (next === schema) throw new Error(`mutation did not apply: ${String(from)}`);
  return next;
}

describe("schema drift", () => {
  it("the migrated database matches prisma/schema.prisma", () => {
    const differences = schemaDifferences(expectedShape(schema), database);
    expect(differences, `prisma/schema.prisma and prisma/migrations disagree:\n  ${differences.join("\n  ")}\n`).toEqual([]);
  });

  it("sees every model, enum and relation of the schema in the database", () => {
    const expected = expectedShape(schema);
    expect([...expected.tables.keys()]).toEqual(expect.arrayContaining(["Drill", "DryRun", "Participant", "ReadinessCheck", "Scenario", "ScenarioRevision", "ScriptItem", "TimelineEvent"]));
    expect([...expected.tables.keys()]).toEqual(expect.arrayContaining(["Milestone", "MilestoneCorrection", "RosterMember"]));
    expect(expected.tables.get("Drill")?.get("startedAt")).toBe("timestamp(3) with time zone, NULL, no default");
    expect(expected.tables.get("Scenario")?.get("tags")).toBe("text[], NULL, no default");
    expect(expected.tables.get("Drill")?.get("status")).toBe("enum DrillStatus, NOT NULL, default");
    expect(expected.tables.get("TimelineEvent")?.get("id")).toBe("bigint, NOT NULL, default");
    expect(expected.tables.get("Drill")?.get("id")).toBe("text, NOT NULL, no default"); // cuid() is made by the client
    expect(expected.constraints).toContain("TimelineEvent: foreign key TimelineEvent_drillId_fkey (drillId) -> Drill(id) on delete Cascade, on update Cascade");
    expect(expected.constraints).toContain("Drill: unique index Drill_channelToken_key (channelToken)");
    expect(database.tables.has("_prisma_migrations")).toBe(false);
  });

  // Each mutation stands for a change made to one side only; the comparison must name it.
  it.each([
    ["a new field", [/(  lastSeq +Int +@default\(0\)\n)/, "$1  extraNote String\n"], "column Drill.extraNote: in the schema (text, NOT NULL, no default), missing from the database"],
    ["a field removed", [/  slackId +String\?\n/, ""], "column RosterMember.slackId: in the database (text, NULL, no default), not in the schema"],
    ["optional made required", [/offsetMs +Int\?/, "offsetMs  Int"], "column TimelineEvent.offsetMs: schema says integer, NOT NULL, no default; database has integer, NULL, no default"],
    ["a changed type", [/pausedMs +Int /, "pausedMs BigInt "], "column Drill.pausedMs: schema says bigint, NOT NULL, default; database has integer, NOT NULL, default"],
    ["timestamptz dropped", [/(startedAt +DateTime\?) +@db\.Timestamptz\(3\)/, "$1"], "column Drill.startedAt: schema says timestamp(3) without time zone, NULL, no default; database has timestamp(3) with time zone, NULL, no default"],
    ["a list made scalar", [/tags +String\[\]/, "tags String"], "column Scenario.tags: schema says text, NOT NULL, no default; database has text[], NULL, no default"],
    ["a default removed", [/chatProvider +String +@default\("builtin"\)/, "chatProvider String"], "column Drill.chatProvider: schema says text, NOT NULL, no default; database has text, NOT NULL, default"],
    ["an enum value added", [/(  aborted\n)/, "$1  paused\n"], "enum DrillStatus: schema says [planned, running, mitigated, failed, timed_out, aborting, aborted, paused, in_review, closed]; database has [planned, running, mitigated, failed, timed_out, aborting, aborted, in_review, closed]"],
    ["onDelete changed", [/(drill +Drill +@relation\(fields: \[drillId\], references: \[id\], onDelete: )Cascade\)\n\n  @@unique/, "$1Restrict)\n\n  @@unique"], "Participant: foreign key Participant_drillId_fkey (drillId) -> Drill(id) on delete Restrict, on update Cascade: in the schema, missing from the database"],
    ["an index removed", [/\n  @@index\(\[status\]\)\n/, "\n"], "Drill: index Drill_status_idx (status): in the database, not in the schema"],
    ["a unique removed", [/(channelToken +String) +@unique/, "$1"], "Drill: unique index Drill_channelToken_key (channelToken): in the database, not in the schema"],
    ["a compound unique changed", [/@@unique\(\[drillId, seq\]\)/, "@@unique([drillId, seq, kind])"], "TimelineEvent: unique index TimelineEvent_drillId_seq_kind_key (drillId, seq, kind): in the schema, missing from the database"],
    ["a table renamed", [/(model Participant \{[^}]*?)\n\}/, "$1\n\n  @@map(\"Participants\")\n}"], 'table "Participant": in the database, not in the schema'],
    ["a column renamed", [/(displayName +String)/, '$1 @map("display_name")'], "column Participant.display_name: in the schema (text, NOT NULL, no default), missing from the database"],
  ] as [string, [RegExp, string], string][])("notices %s", (_, [from, to], expected) => {
    const differences = schemaDifferences(expectedShape(mutate(from, to)), database);
    expect(differences).toContain(expected);
  });

  it("lists a whole model missing from the database, with its enum", () => {
    const withExtra = `${schema}\nenum Mood {\n  calm\n  tense\n}\n\nmodel Retro {\n  id    String @id @default(cuid())\n  mood  Mood\n  notes String[]\n}\n`;
    expect(schemaDifferences(expectedShape(withExtra), database)).toEqual([
      'table "Retro": in the schema, missing from the database',
      "enum Mood: in the schema, missing from the database",
      "Retro: primary key Retro_pkey (id): in the schema, missing from the database",
    ]);
  });
});
