// Analytics query time: GET /api/analytics's verb, in this process, against an embedded Postgres holding N closed drills
// (with their stored results, action items, and a realistic timeline of events each, which analytics must not read).
// Measured at 100, 250, 500 and 1,000 drills to show how it grows.
// Usage: npm run bench:analytics [-- --drills 1000 --events 500000 --runs 30 --out bench/results/analytics.json]
import { writeFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { random } from "./lib/random";
import { benchTempDir, installExitHandlers, machineNotes, runBenchMain, startBenchDatabase, summarize } from "./lib/harness";

const { values } = parseArgs({
  options: {
    drills: { type: "string", default: "1000" },
    events: { type: "string", default: "500000" },
    runs: { type: "string", default: "30" },
    out: { type: "string", default: "bench/results/analytics.json" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(`Usage: npm run bench:analytics -- [options]
  --drills 1000     closed drills at the largest step (steps: 10%, 25%, 50%, 100%)
  --events 500000   timeline events across them (analytics must not read them; they make the database realistic)
  --runs 30         measured runs per query and step, after 5 warm-up runs
  --out bench/results/analytics.json`);
  process.exit(0);
}
const DRILLS = Number(values.drills);
const EVENTS = Number(values.events);
const RUNS = Number(values.runs);
const TEAMS = ["API", "Match", "AI", "SRE", "Data"];
const OUTCOMES = ["mitigated", "mitigated", "mitigated", "failed", "timed_out"] as const;

/** Inserts drills `from`..`to`-1 of the four reference scenarios, closed over the past two years, with results, items and events. */
async function seed(client: pg.Client, scenarios: { id: string; revisionId: string }[], from: number, to: number, eventsPerDrill: number) {
  const next = random(from + 1);
  const minutes = (max: number) => Math.round(next() * max * 60_000);
  for (let index = from; index < to; index++) {
    const id = `bench-drill-${index}`;
    const scenario = scenarios[index % scenarios.length]!;
    const startedAt = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 700) * 86_400_000 + minutes(600));
    const outcome = OUTCOMES[Math.floor(next() * OUTCOMES.length)]!;
    const teams = TEAMS.filter(() => next() < 0.4);
    await client.query(
      `INSERT INTO "Drill" (id, "scenarioId", "revisionId", title, "publicTitle", status, outcome, "channelToken", script, "timeBoxMinutes", "startedAt", "endedAt", "closedAt", "lastSeq", "updatedAt")
       VALUES ($1, $2, $3, $4, 'Incident drill', 'closed', $5, $6, '{}', 45, $7, $7, $7, $8, now())`,
      [id, scenario.id, scenario.revisionId, `Bench drill ${index}`, outcome, `bench-token-${index}`, startedAt, eventsPerDrill],
    );
    await client.query(
      `INSERT INTO "DrillResult" ("drillId", "scenarioId", revision, facilitator, "declaredDifficulty", outcome, "startedAt", "endedAt", "closedAt", "durationMs", "timeBoxMinutes", teams,
         "firstResponseMs", "acknowledgeMs", "escalateMs", "mitigateMs", "hintsUsed", "criteriaMet", "criteriaTotal", ratings, "surveyAnswers", "difficultyAvg", "usefulnessAvg", "enjoymentAvg", "contentHash")
       VALUES ($1, $2, 1, $3, 'intermediate', $4, $5, $5, $5, $6, 45, $7, $8, $9, $10, $11, $12, 2, 4, '{}', 5, $13, $14, $15, 'bench')`,
      [id, scenario.id, index % 3 ? "Hana" : "Ian", outcome, startedAt, minutes(45), teams, minutes(3), minutes(8), minutes(15), outcome === "mitigated" ? minutes(35) : null, Math.floor(next() * 4), 1 + next() * 4, 1 + next() * 4, 1 + next() * 4],
    );
    await client.query(`INSERT INTO "ActionItem" (id, "drillId", title, owner, category, audience, "dueDate", "createdBy", "updatedAt") VALUES ($1, $2, 'Fix it', 'Owner', 'tooling', $3, $4, 'bench', now())`, [
      `bench-item-${index}`,
      id,
      teams[0] ? `team:${teams[0]}` : "everyone",
      new Date(startedAt.getTime() + 30 * 86_400_000),
    ]);
    // One multi-row insert per drill: the timeline's size is what matters here, not its content.
    await client.query(
      `INSERT INTO "TimelineEvent" ("drillId", seq, kind, audience, at, "offsetMs", "actorType", "actorName", body)
       SELECT $1, s, 'chat.message', 'everyone', $2::timestamptz + s * interval '1 second', s * 1000, 'participant', 'Bench', jsonb_build_object('participantId', 'p', 'text', 'message ' || s)
       FROM generate_series(1, $3::int) AS s`,
      [id, startedAt, eventsPerDrill],
    );
  }
}

async function main() {
  installExitHandlers(1800);
  const dir = benchTempDir("analytics");
  const database = await startBenchDatabase(dir, "drillroom_bench");
  const { useDatabaseUrl } = await import("../lib/env");
  useDatabaseUrl(database.url);
  const { seedReferenceScenarios } = await import("../lib/scenarios/seed");
  const { getAnalytics } = await import("../lib/analytics/get-analytics");
  const { prisma, disconnectPrisma } = await import("../lib/db/client");
  const system = { actor: { type: "system" as const, name: "bench" } };
  await seedReferenceScenarios({ ctx: system });
  const scenarios = (await prisma().scenario.findMany({ include: { revisions: { take: 1 } } })).map((scenario) => ({ id: scenario.id, revisionId: scenario.revisions[0]!.id }));
  const reader = { actor: { type: "facilitator" as const, id: "bench", name: "Bench" } };

  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const eventsPerDrill = Math.max(1, Math.round(EVENTS / DRILLS));
  const queries: [string, Record<string, string>][] = [
    ["everything", {}],
    ["one team", { team: "API" }],
    ["one scenario", { scenarioId: scenarios[0]!.id }],
    ["a quarter", { from: "2025-04-01", to: "2025-06-30" }],
  ];
  const steps = [0.1, 0.25, 0.5, 1].map((share) => Math.round(DRILLS * share));
  const rows: { drills: number; events: number; query: string; p50: number; p95: number; max: number }[] = [];
  let seeded = 0;
  for (const drills of steps) {
    const started = performance.now();
    await seed(client, scenarios, seeded, drills, eventsPerDrill);
    seeded = drills;
    await client.query("ANALYZE");
    console.log(`[bench] ${drills} drills, ${drills * eventsPerDrill} events seeded (${Math.round(performance.now() - started)} ms)`);
    for (const [name, filters] of queries) {
      for (let warm = 0; warm < 5; warm++) await getAnalytics({ ctx: reader, input: { filters } });
      const samples: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const before = performance.now();
        await getAnalytics({ ctx: reader, input: { filters } });
        samples.push(performance.now() - before);
      }
      const summary = summarize(samples);
      rows.push({ drills, events: drills * eventsPerDrill, query: name, p50: summary.p50, p95: summary.p95, max: summary.max });
    }
  }
  await client.end();
  await disconnectPrisma();
  console.log("\ndrills  events   query          p50 ms  p95 ms  max ms");
  for (const row of rows) console.log(`${String(row.drills).padStart(6)}  ${String(row.events).padStart(7)}  ${row.query.padEnd(13)}  ${row.p50.toFixed(1).padStart(6)}  ${row.p95.toFixed(1).padStart(6)}  ${row.max.toFixed(1).padStart(6)}`);
  await writeFile(values.out, `${JSON.stringify({ when: new Date().toISOString(), machine: machineNotes(), runs: RUNS, rows }, null, 2)}\n`);
  console.log(`\n[bench] wrote ${values.out}`);
}

runBenchMain(main);
