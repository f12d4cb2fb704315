// Slack event ingest benchmark: signed `message` deliveries to POST /api/slack/events of the real
// app (`next start`), open-loop at a ladder of rates, 10% of them redelivered as Slack does after a
// timeout. Measures ack latency, how fast the messages reach the timeline, and whether each one
// landed exactly once. See bench/README.md.
//
//   npm run build && npm run bench:slack
//   BENCH_SLACK_SECONDS=10 BENCH_SLACK_RATES=25,100 npm run bench:slack
//   npm run bench:slack -- --help
import { randomBytes, randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import pg from "pg";
import { buildEventEnvelope, startSlackEmulator } from "../tools/slack-emulator";
import {
  REPO_ROOT,
  assertBuildExists,
  benchTempDir,
  installExitHandlers,
  machineCpuSeconds,
  machineNotes,
  onCleanup,
  runBenchMain,
  appServerOptions,
  sleep,
  startAppServer,
  startBenchDatabase,
  treeCpuSeconds,
  waitForQuietMachine,
} from "./lib/harness";
import { benchApiToken } from "./lib/auth";
import { startSlackDrill, type SlackDrill } from "./lib/slack-drill";
import { runLoadStep, type SignedEvent } from "./lib/slack-load";
import { slackTable, stepFigures, type StepFigures } from "./lib/slack-report";
import { appErrorsSince, checkStep, lastSeq, waitForDrain } from "./lib/slack-verify";

const { values: args } = parseArgs({
  options: {
    rates: { type: "string", default: process.env.BENCH_SLACK_RATES ?? "25,50,100,150,200,400" },
    seconds: { type: "string", default: process.env.BENCH_SLACK_SECONDS ?? "60" },
    redeliver: { type: "string", default: process.env.BENCH_SLACK_REDELIVER ?? "0.1" },
    "max-in-flight": { type: "string", default: "256" },
    people: { type: "string", default: "4" },
    "warmup-seconds": { type: "string", default: "5" },
    "drain-timeout": { type: "string", default: "300" },
    stall: { type: "string", default: "30" },
    ...appServerOptions({ distDir: ".next", out: "bench/results/slack-ingest.json", maxSeconds: 3600 }),
  },
});

if (args.help) {
  console.log(`Usage: npm run bench:slack -- [options]        (build first: npm run build)
  --rates 25,50,100,150,200,400
                             events per second, one step each, in this order   (env BENCH_SLACK_RATES)
  --seconds 60               length of each step                               (env BENCH_SLACK_SECONDS)
  --redeliver 0.1            share of events also redelivered 50-500 ms later  (env BENCH_SLACK_REDELIVER)
  --max-in-flight 256        requests open at once; more wait in the client (reported as late sends)
  --people 4                 Slack users on the roster who post
  --warmup-seconds 5         warm-up at 20/s before the first step (checked, not in the table)
  --drain-timeout 300 --stall 30
                             after a step, wait for the timeline to have every message: at most 300 s,
                             or until the count did not grow for 30 s
  --dist-dir .next           the production build to start (env NEXT_DIST_DIR)
  --app-dir DIR              start the build of another checkout
  --out bench/results/slack-ingest.json
  --max-seconds 3600         hard time limit for the whole run
  --quiet-threshold 25 --quiet-wait 60
                             before each step, wait up to 60 s for other processes to use < 25% of a core
  --server-node-args="…"     node flags for next start, e.g. --server-node-args="--cpu-prof --cpu-prof-dir=/tmp/bslk-prof"`);
  process.exit(0);
}

const number = (name: string, value: string, min: number, max: number, integer = true) => {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || (integer && !Number.isInteger(parsed)) || parsed < min || parsed > max) throw new Error(`--${name} must be ${integer ? "an integer" : "a number"} from ${min} to ${max}`);
  return parsed;
};
const RATES = args.rates.split(",").map((value) => number("rates", value.trim(), 1, 5000));
const SECONDS = number("seconds", args.seconds, 1, 3600);
const REDELIVER = number("redeliver", args.redeliver, 0, 1, false);
const MAX_IN_FLIGHT = number("max-in-flight", args["max-in-flight"], 1, 10_000);
const PEOPLE = number("people", args.people, 1, 50);
const WARMUP_SECONDS = number("warmup-seconds", args["warmup-seconds"], 0, 600);
const DRAIN = { timeoutMs: number("drain-timeout", args["drain-timeout"], 10, 3600) * 1000, stallMs: number("stall", args.stall, 5, 600) * 1000, settleMs: 2000 };
const QUIET = { threshold: number("quiet-threshold", args["quiet-threshold"], 1, 1000), wait: number("quiet-wait", args["quiet-wait"], 0, 600) };
const MAX_SECONDS = number("max-seconds", args["max-seconds"], 30, 24 * 3600);
const BOT_TOKEN = "xoxb-bench-token";
const SIGNING_SECRET = `bench-${randomBytes(8).toString("hex")}`;

const log = (message: string) => console.error(`[bench] ${message}`);

/** Slack-shaped `message` deliveries from the drill's people, each with a unique event id, ts and text. */
function eventFactory(drill: SlackDrill, teamId: string, appId: string, botUserId: string) {
  const run = randomBytes(3).toString("hex").toUpperCase();
  const texts = new Map<string, string>();
  let serial = 0;
  let lastMicros = 0;
  const make = (label: string) => (index: number): SignedEvent => {
    // Slack's ts: seconds.microseconds, unique and increasing within a channel.
    lastMicros = Math.max(lastMicros + 1, Date.now() * 1000);
    const ts = `${Math.floor(lastMicros / 1e6)}.${String(lastMicros % 1e6).padStart(6, "0")}`;
    const eventId = `Ev${run}${(serial += 1).toString(36).toUpperCase().padStart(6, "0")}`;
    const person = drill.people[index % drill.people.length]!;
    const text = `${label} message ${index + 1} from ${person.name}: checked the dashboards, still degraded [${eventId}]`;
    texts.set(ts, text);
    const event = {
      type: "message",
      channel: drill.channelId,
      channel_type: "channel",
      user: person.id,
      text,
      ts,
      event_ts: ts,
      client_msg_id: randomUUID(),
      team: teamId,
      blocks: [{ type: "rich_text", block_id: eventId.slice(-5), elements: [{ type: "rich_text_section", elements: [{ type: "text", text }] }] }],
    };
    const envelope = buildEventEnvelope(event, { teamId, appId, botUserId, eventId, eventTime: Math.floor(lastMicros / 1e6) });
    return { eventId, ts, body: JSON.stringify(envelope) };
  };
  return { make, textOf: (event: SignedEvent) => texts.get(event.ts) ?? "" };
}

async function main() {
  installExitHandlers(MAX_SECONDS);
  const startedAt = new Date();
  const machine = machineNotes();
  const appDir = args["app-dir"] ? path.resolve(args["app-dir"]) : REPO_ROOT;
  assertBuildExists(appDir, args["dist-dir"]);
  // The app must use the request URL (Socket Mode would bypass it) and only the bench's emulator.
  delete process.env.SLACK_APP_TOKEN;
  process.env.LOG_LEVEL ??= "warn";

  const dir = benchTempDir("slack", "bslk");
  log(`temp dir ${dir}`);
  const database = await startBenchDatabase(dir, "drillroom_bench");
  const { useDatabaseUrl } = await import("../lib/env");
  useDatabaseUrl(database.url);
  const { seedReferenceScenarios } = await import("../lib/scenarios/seed");
  const { systemActor } = await import("../lib/context");
  const { disconnectPrisma } = await import("../lib/db/client");
  await seedReferenceScenarios({ ctx: { actor: systemActor } });
  // The drill is set up through the JSON API (not /api/slack/events, which Slack signs instead), as a facilitator's script would.
  const caller = await benchApiToken(database.url, "slack");
  await disconnectPrisma();
  log("embedded postgres started, migrated and seeded; facilitator API token made for this run");

  const emulator = await startSlackEmulator({ botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET });
  onCleanup("close the Slack emulator", () => emulator.close());
  const server = await startAppServer({
    databaseUrl: database.url,
    distDir: args["dist-dir"],
    appDir,
    logDir: dir,
    nodeArgs: args["server-node-args"]?.split(/\s+/).filter(Boolean),
    env: { SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: emulator.apiUrl, SLACK_CHANNEL_PACE_MS: "0", LOG_LEVEL: "warn" },
  });
  log(`app server ready at ${server.url}, pid ${server.pid}, log ${server.logFile}; Slack emulator at ${emulator.url}`);

  const drill = await startSlackDrill(server.url, caller.headers, emulator, PEOPLE);
  log(`drill ${drill.drillId} running in #${drill.channelName} (${drill.channelId}) with ${drill.people.length} people`);
  const db = new pg.Client({ connectionString: database.url });
  db.on("error", (error) => log(`verification connection: ${error.message}`));
  await db.connect();
  onCleanup("close the verification connection", () => db.end());

  const identity = emulator.state.identity;
  const events = eventFactory(drill, identity.teamId, identity.appId, identity.botUserId);
  const requestUrl = `${server.url}/api/slack/events`;
  let logOffset = 0;
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });

  async function step(label: string, rate: number, seconds: number): Promise<StepFigures> {
    const { otherPercent } = await waitForQuietMachine([server.pid!, database.postmasterPid!], QUIET.threshold, QUIET.wait);
    const afterSeq = await lastSeq(db, drill.drillId);
    const cpu = () => ({ server: treeCpuSeconds(server.pid!), postgres: treeCpuSeconds(database.postmasterPid!), bench: (process.cpuUsage().user + process.cpuUsage().system) / 1e6, machine: machineCpuSeconds().busy, at: Date.now() });
    log(`${label}: ${rate} events/s for ${seconds} s, ${Math.round(REDELIVER * 100)}% redelivered`);
    loopDelay.reset();
    loopDelay.enable();
    const before = cpu();
    const load = await runLoadStep({ url: requestUrl, signingSecret: SIGNING_SECRET, rate, seconds, redeliverShare: REDELIVER, redeliverDelayMs: [50, 500], maxInFlight: MAX_IN_FLIGHT, event: events.make(label) });
    const after = cpu();
    loopDelay.disable();
    const drain = await waitForDrain(db, drill.drillId, afterSeq, load.events.length, DRAIN);
    const check = await checkStep(db, drill.drillId, afterSeq, load.events, events.textOf);
    const errors = appErrorsSince(server.logFile!, logOffset);
    logOffset = errors.endOffset;
    const wall = (after.at - before.at) / 1000;
    const pct = (key: "server" | "postgres" | "bench" | "machine") => Math.round(((after[key] - before[key]) / wall) * 1000) / 10;
    const figures = stepFigures({
      rate,
      seconds,
      load,
      check,
      drain,
      appErrors: { count: errors.count, kinds: errors.kinds },
      cpuPercentOfOneCore: { server: pct("server"), postgres: pct("postgres"), bench: pct("bench"), machineBusy: pct("machine"), other: Math.max(0, Math.round((pct("machine") - pct("server") - pct("postgres") - pct("bench")) * 10) / 10), machineCapacity: machine.cpus * 100 },
      clientLoopDelayP99Ms: Math.round(loopDelay.percentile(99) / 1e4) / 100,
      otherCpuPercentBefore: otherPercent,
    });
    const v = figures.verify;
    log(
      `${label}: sent ${figures.sent.events} + ${figures.sent.redeliveries} redeliveries at ${figures.achievedEventsPerSecond}/s; ack p50 ${figures.ackMs.p50} p99 ${figures.ackMs.p99} max ${figures.ackMs.max} ms (p99 from due ${figures.ackFromScheduledMs.p99}); ` +
        `non-2xx ${figures.non2xx}; written ${figures.written.duringStepPerSecond}/s; drain ${figures.drain.lagSeconds} s (${drain.outcome}); lost ${v.lost}, duplicated ${v.duplicated}; app errors ${errors.count}`,
    );
    return figures;
  }

  const warmup = WARMUP_SECONDS > 0 ? await step("warm-up", 20, WARMUP_SECONDS) : null;
  const steps: StepFigures[] = [];
  for (const rate of RATES) {
    steps.push(await step(`step ${rate}/s`, rate, SECONDS));
    await sleep(2000);
  }

  const versions = {
    next: (JSON.parse(readFileSync(path.join(appDir, "node_modules/next/package.json"), "utf8")) as { version: string }).version,
    bolt: (JSON.parse(readFileSync(path.join(appDir, "node_modules/@slack/bolt/package.json"), "utf8")) as { version: string }).version,
    postgres: ((await db.query<{ version: string }>("SELECT version()")).rows[0]?.version ?? "unknown").split(" on ")[0],
  };
  const results = {
    benchmark: "slack-ingest",
    ranAt: startedAt.toISOString(),
    durationSeconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    parameters: {
      rates: RATES,
      secondsPerStep: SECONDS,
      redeliveredShare: REDELIVER,
      redeliveryDelayMs: [50, 500],
      redeliveryHeaders: { "X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout" },
      maxInFlight: MAX_IN_FLIGHT,
      people: PEOPLE,
      appServer: `next start (${args["app-dir"] ? `${args["app-dir"]}/` : ""}${args["dist-dir"]}) on 127.0.0.1, SLACK_CHANNEL_PACE_MS=0, LOG_LEVEL=warn`,
      database: "embedded PostgreSQL in a temp dir, migrated and seeded with the reference scenarios",
      loadGenerator: "this process: node:http keep-alive agent, open loop (scheduled by time), each request signed when sent; the Slack emulator (Web API) runs here too",
    },
    machine,
    versions,
    drill: { scenarioId: drill.scenarioId, channel: drill.channelName, people: drill.people.length },
    warmup,
    steps,
    totals: {
      lost: steps.reduce((sum, s) => sum + s.verify.lost, 0),
      duplicated: steps.reduce((sum, s) => sum + s.verify.duplicated, 0),
      non2xx: steps.reduce((sum, s) => sum + s.non2xx, 0),
      acksOverSlackDeadline: steps.reduce((sum, s) => sum + s.acksOverSlackDeadline, 0),
    },
  };
  const outFile = path.resolve(REPO_ROOT, args.out);
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    slackTable(steps, [
      "",
      `Slack event ingest: signed message events to POST /api/slack/events, ${SECONDS} s per rate, ${Math.round(REDELIVER * 100)}% redelivered 50-500 ms later.`,
      `Machine: ${machine.cpus} x ${machine.cpuModel}; app, Postgres, emulator and load generator share it. Load average at start ${machine.loadAverageAtStart.join(" ")}.`,
    ]),
  );
  log(`results written to ${outFile}`);
}

runBenchMain(main);
