// Replay payload: GET /api/drills/:id/replay's verb (getReplay) on a closed 10,000-event drill in an embedded Postgres,
// in this process: time per call (one read of the timeline, then the pure build), and the size of its JSON raw, gzipped
// and brotli-compressed (what the launcher's front sends), for staff and for a share link's viewer.
// Usage: npm run bench:replay-payload [-- --events 10000 --runs 30 --out bench/results/replay-payload.json]
import { writeFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import pg from "pg";
import { random } from "./lib/random";
import { benchTempDir, installExitHandlers, machineNotes, runBenchMain, startBenchDatabase, summarize } from "./lib/harness";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "10000" },
    runs: { type: "string", default: "30" },
    out: { type: "string", default: "bench/results/replay-payload.json" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(`Usage: npm run bench:replay-payload -- [options]
  --events 10000    events in the drill's timeline (also measured at a tenth and at twice that, to show how it grows)
  --runs 30         measured calls per row, after 5 warm-up calls
  --out bench/results/replay-payload.json`);
  process.exit(0);
}
const EVENTS = Number(values.events);
const RUNS = Number(values.runs);
const MIN = 60_000;
const PEOPLE = ["Alice", "Bob", "Chloe", "Dae", "Eun", "Farid", "Gita", "Hyun", "Ines", "Jun"];
const PHRASES = [
  "api-server 5xx ratio climbing, login failing",
  "busy threads 200/200 on most pods but CPU is at 20%",
  "lettuce command timeouts on user-segment-cache are way up",
  "don't restart yet, threads will fill again",
  "flipping the segment cache bypass flag",
  "캐시 우회 플래그 켰습니다, 5xx 떨어지는 중",
  "escalating to SRE for the network view",
  "login success back to baseline for 5 minutes",
];

interface Row {
  seq: number;
  kind: string;
  audience: "everyone" | "staff";
  t: number;
  offsetMs: number | null;
  actorType: string;
  actorId: string | null;
  actorName: string;
  body: unknown;
}

/**
 * A 45-minute drill of the API outage scenario on wall time, chat heavy: ten roster responders (messages, edits,
 * reactions), a deploy bot, two injections (one failed), alerts and acknowledgements, hints, an escalation, a two-minute
 * pause, observer notes, milestones with evidence and a correction, the end, and a review (after-the-fact milestone,
 * linked answer steps, stars, ratings) the replay must leave out.
 */
function timeline(total: number, script: { alerts: { id: string; title: string }[]; hints: { id: string; text: string }[]; modelAnswer: string[] }): Row[] {
  const next = random(29);
  const rows: Row[] = [];
  const pause = { from: 14 * MIN, to: 16 * MIN };
  const clock = (t: number) => (t < 0 ? null : t <= pause.from ? t : t < pause.to ? pause.from : t - (pause.to - pause.from));
  const staff = (name: string) => ({ actorType: "facilitator", actorId: `user-${name.toLowerCase()}`, actorName: name });
  const person = (index: number) => ({ actorType: "participant", actorId: `p-${index}`, actorName: PEOPLE[index]! });
  const system = { actorType: "system", actorId: null, actorName: "drillroom" };
  const add = (kind: string, t: number, body: unknown, actor: { actorType: string; actorId: string | null; actorName: string }, audience: Row["audience"] = "everyone") => {
    rows.push({ seq: rows.length + 1, kind, audience, t, offsetMs: clock(t), ...actor, body });
    return rows.length;
  };
  add("drill.created", -10 * MIN, { title: "Bench replay", revision: 1 }, staff("Fran"), "staff");
  add("drill.started", 0, { briefing: "Login is failing.", timeBoxMinutes: 45 }, staff("Fran"));
  PEOPLE.forEach((name, index) => add("participant.joined", 1000 * index, { participantId: `p-${index}`, displayName: name }, person(index)));
  const scripted: [number, () => void][] = [
    [MIN, () => add("injection.executed", MIN, { stepId: "inj-degrade-segment-cache", name: "Degrade the path", note: "", method: "webhook", result: { outcome: "ok", status: 201 } }, staff("Fran"), "staff")],
    [4 * MIN, () => add("injection.executed", 4 * MIN, { stepId: "inj-blackhole-segment-cache", name: "Black-hole the cache", note: "", method: "webhook", result: { outcome: "failed", status: 500 } }, staff("Fran"), "staff")],
    ...script.alerts.map((alert, index): [number, () => void] => [(3 + index * 4) * MIN, () => add("alert.fired", (3 + index * 4) * MIN, { alertId: alert.id, source: "grafana", severity: "warning", title: alert.title }, system)]),
    ...script.alerts.map((alert, index): [number, () => void] => [(5 + index * 4) * MIN, () => add("alert.acknowledged", (5 + index * 4) * MIN, { alertId: alert.id, title: alert.title, via: "channel" }, person(index % PEOPLE.length))]),
    ...script.hints.map((hint, index): [number, () => void] => [(12 + index * 10) * MIN, () => add("hint.released", (12 + index * 10) * MIN, { hintId: hint.id, number: index + 1, text: hint.text }, system)]),
    [9 * MIN, () => add("team.escalated", 9 * MIN, { team: "SRE", people: ["Sam", "Kim"] }, staff("Fran"))],
    [pause.from, () => add("drill.paused", pause.from, {}, staff("Fran"), "staff")],
    [pause.to, () => add("drill.resumed", pause.to, { pausedForMs: pause.to - pause.from }, staff("Fran"), "staff")],
    ...(["impact_identified", "mitigation_started", "mitigated", "recovered"] as const).map((milestone, index): [number, () => void] => [
      (11 + index * 8) * MIN,
      () => add("milestone.recorded", (11 + index * 8) * MIN, { milestone, note: "", evidenceSeq: rows.length - 2 }, staff("Fran"), "staff"),
    ]),
  ];
  scripted.sort((a, b) => a[0] - b[0]);
  const endT = 46 * MIN;
  const chat = total - rows.length - scripted.length - 42;
  const messages: number[] = [];
  let nextScripted = 0;
  for (let index = 0; index < chat; index++) {
    const t = 20_000 + Math.floor((index / chat) * (endT - 60_000));
    while (nextScripted < scripted.length && scripted[nextScripted]![0] <= t) scripted[nextScripted++]![1]();
    const roll = next();
    const who = Math.floor(next() * PEOPLE.length);
    const phrase = `${PHRASES[Math.floor(next() * PHRASES.length)]!} (${index})`;
    if (roll < 0.78 || messages.length === 0) messages.push(add("chat.message", t, { participantId: `p-${who}`, text: phrase }, person(who)));
    else if (roll < 0.86) add("chat.reaction", t, { ts: `${index}.1`, messageSeq: messages.at(-1)!, reaction: "eyes" }, person(who));
    else if (roll < 0.9) add("chat.edited", t, { ts: `${index}.1`, messageSeq: messages.at(-1)!, text: `${phrase}, edited` }, person(who));
    else if (roll < 0.93) add("chat.message", t, { participantId: "p-bot", text: `deploy #${index} finished`, botId: "B1" }, { actorType: "participant", actorId: "p-bot", actorName: "Deploybot" });
    else add("note.added", t, { text: `${phrase}: worth discussing`, tags: ["insight"], pinnedSeq: messages.at(-1)! }, { actorType: "observer", actorId: "user-olga", actorName: "Olga" }, "staff");
  }
  while (nextScripted < scripted.length) scripted[nextScripted++]![1]();
  add("milestone.corrected", 45 * MIN, { milestone: "mitigated", fromOffsetMs: 25 * MIN, toOffsetMs: 24 * MIN, reason: "graphs recovered earlier" }, staff("Fran"), "staff");
  add("drill.ended", endT, { outcome: "mitigated", note: "" }, staff("Fran"));
  add("review.started", 50 * MIN, {}, staff("Fran"), "staff");
  add("milestone.recorded", 51 * MIN, { milestone: "root_cause_identified", note: "", evidenceSeq: messages[Math.floor(messages.length * 0.6)]!, afterTheFact: true, reason: "forgot" }, staff("Fran"), "staff");
  while (rows.length < total) {
    const step = rows.length % script.modelAnswer.length;
    const evidence = messages[Math.floor(next() * messages.length)]!;
    if (next() < 0.5) add("answer.linked", 55 * MIN, { step, verdict: "done", evidenceSeqs: [evidence], note: "" }, staff("Fran"), "staff");
    else add("moment.starred", 55 * MIN, { seq: evidence, starred: true }, staff("Fran"), "staff");
  }
  return rows;
}

async function seedDrill(client: pg.Client, drillId: string, scenario: { id: string; revisionId: string; definition: unknown }, events: Row[], startedAt: Date) {
  const endedAt = new Date(startedAt.getTime() + 46 * MIN);
  await client.query(
    `INSERT INTO "Drill" (id, "scenarioId", "revisionId", title, "publicTitle", status, outcome, "channelToken", script, "timeBoxMinutes", "startedAt", "endedAt", "closedAt", "pausedMs", "lastSeq", "updatedAt")
     VALUES ($1, $2, $3, 'Bench replay', 'API errors and login failures', 'closed', 'mitigated', $4, $5, 45, $6, $7, $7, $8, $9, now())`,
    [drillId, scenario.id, scenario.revisionId, `${drillId}-token`, JSON.stringify(scenario.definition), startedAt, endedAt, 2 * MIN, events.length],
  );
  for (const [index, name] of PEOPLE.entries()) {
    await client.query(`INSERT INTO "RosterMember" (id, "drillId", position, role, name, email, team) VALUES ($1, $2, $3, 'active_responder', $4, $5, $6)`, [`${drillId}-m${index}`, drillId, index, name, `${name.toLowerCase()}@bench.test`, index % 2 ? "API" : "SRE"]);
    await client.query(`INSERT INTO "Participant" (id, "drillId", "displayName", "rosterMemberId") VALUES ($1, $2, $3, $4)`, [`p-${index}`.replace("p-", `${drillId}-p`), drillId, name, `${drillId}-m${index}`]);
  }
  for (let from = 0; from < events.length; from += 2000) {
    const chunk = events.slice(from, from + 2000);
    await client.query(
      `INSERT INTO "TimelineEvent" ("drillId", seq, kind, audience, at, "offsetMs", "actorType", "actorId", "actorName", body)
       SELECT $1, seq, kind, audience::"Audience", $2::timestamptz + t * interval '1 millisecond', "offsetMs", "actorType", "actorId", "actorName", body
       FROM unnest($3::int[], $4::text[], $5::text[], $6::bigint[], $7::int[], $8::text[], $9::text[], $10::text[], $11::jsonb[]) AS e(seq, kind, audience, t, "offsetMs", "actorType", "actorId", "actorName", body)`,
      [drillId, startedAt, chunk.map((e) => e.seq), chunk.map((e) => e.kind), chunk.map((e) => e.audience), chunk.map((e) => e.t), chunk.map((e) => e.offsetMs), chunk.map((e) => e.actorType), chunk.map((e) => e.actorId), chunk.map((e) => e.actorName), chunk.map((e) => JSON.stringify(e.body))],
    );
  }
}

async function main() {
  installExitHandlers(900);
  const database = await startBenchDatabase(benchTempDir("replay-payload"), "drillroom_bench");
  const { useDatabaseUrl } = await import("../lib/env");
  useDatabaseUrl(database.url);
  const { seedReferenceScenarios } = await import("../lib/scenarios/seed");
  const { getReplay } = await import("../lib/review/replay/get-replay");
  const { prisma, disconnectPrisma } = await import("../lib/db/client");
  const { readDefinition } = await import("../lib/scenarios/upgrade");
  const { loadEvents } = await import("../lib/review/timeline");
  const { loadReplaySource } = await import("../lib/review/replay/get-replay");
  const { buildReplay } = await import("../lib/review/replay/build-replay");
  await seedReferenceScenarios({ ctx: { actor: { type: "system", name: "bench" } } });
  const stored = await prisma().scenario.findFirstOrThrow({ where: { revisions: { some: { definition: { path: ["title"], string_contains: "UserSegmentCache" } } } }, include: { revisions: { orderBy: { number: "desc" }, take: 1 } } });
  const definition = readDefinition(stored.revisions[0]!.definition);
  const scenario = { id: stored.id, revisionId: stored.revisions[0]!.id, definition };
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();

  const rows: Record<string, string | number>[] = [];
  for (const size of [Math.round(EVENTS / 10), EVENTS, EVENTS * 2]) {
    const drillId = `bench-replay-${size}`;
    const events = timeline(size, definition);
    await seedDrill(client, drillId, scenario, events, new Date(Date.UTC(2026, 10, 24, 1)));
    await client.query("ANALYZE");
    for (const [audience, ctx] of [
      ["staff", { actor: { type: "facilitator" as const, id: "bench", name: "Bench" } }],
      ["viewer", { actor: { type: "viewer" as const, id: "link", name: "Bench (share link)", drillId } }],
    ] as const) {
      for (let warm = 0; warm < 5; warm++) await getReplay({ ctx, input: { drillId } });
      const samples: number[] = [];
      const serialize: number[] = [];
      let json = "";
      for (let run = 0; run < RUNS; run++) {
        const before = performance.now();
        const replay = await getReplay({ ctx, input: { drillId } });
        samples.push(performance.now() - before);
        const stringifyStart = performance.now();
        json = JSON.stringify(replay);
        serialize.push(performance.now() - stringifyStart);
      }
      // The share of the call that is reading the timeline (one query, rows mapped to events) rather than building.
      const loads: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const before = performance.now();
        await loadEvents(prisma(), drillId);
        loads.push(performance.now() - before);
      }
      // The floor for that read: the same rows through the bare pg driver (JSON parsed, no mapping to events).
      const bare: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const before = performance.now();
        await client.query(`SELECT * FROM "TimelineEvent" WHERE "drillId" = $1 ORDER BY seq`, [drillId]);
        bare.push(performance.now() - before);
      }
      // The pure build alone, on the source read once.
      const source = await loadReplaySource(prisma(), drillId, audience);
      const builds: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const before = performance.now();
        buildReplay(source);
        builds.push(performance.now() - before);
      }
      const replay = JSON.parse(json) as { events: unknown[]; marks: unknown[]; lanes: unknown[] };
      const raw = Buffer.byteLength(json);
      const gzip = gzipSync(json).length;
      const brotli = brotliCompressSync(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } }).length;
      const time = summarize(samples);
      rows.push({ events: size, audience, replayEvents: replay.events.length, marks: replay.marks.length, lanes: replay.lanes.length, p50Ms: +time.p50.toFixed(1), p95Ms: +time.p95.toFixed(1), maxMs: +time.max.toFixed(1), loadEventsP50Ms: +summarize(loads).p50.toFixed(1), barePgP50Ms: +summarize(bare).p50.toFixed(1), buildP50Ms: +summarize(builds).p50.toFixed(1), stringifyP50Ms: +summarize(serialize).p50.toFixed(1), rawKB: Math.round(raw / 1024), gzipKB: Math.round(gzip / 1024), brotliKB: Math.round(brotli / 1024) });
      console.log(`[bench] ${size} events, ${audience}: p50 ${time.p50.toFixed(1)} ms, ${Math.round(raw / 1024)} KiB raw`);
    }
  }
  await client.end();
  await disconnectPrisma();
  console.table(rows);
  await writeFile(values.out, `${JSON.stringify({ when: new Date().toISOString(), machine: machineNotes(), runs: RUNS, brotliQuality: 4, rows }, null, 2)}\n`);
  console.log(`[bench] wrote ${values.out}`);
}

runBenchMain(main);
