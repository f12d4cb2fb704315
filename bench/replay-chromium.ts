// Replay in Chromium: a 10,000-event ended drill opened in the production build, as a facilitator opens it.
// Measures time to first frame (navigation start → `replay:ready`, the player's mark once the lanes canvas and both
// lists are painted), time to scrub (a click on the lanes → `replay:seek`, the player's measure to the frame painted
// after the seek, both lists updated), and long tasks and frame rate during 10 s of play at 60×.
//
//   NEXT_DIST_DIR=.next npx next build      # once, and after app changes
//   npm run bench:replay-chromium [-- --events 10000 --runs 5 --scrubs 20]
import { writeFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { chromium, request as apiRequest, type Page } from "@playwright/test";
import type { TimelineEventView } from "../lib/timeline/events";
import { AUDIENCE } from "../lib/timeline/events";
import { min, OBSERVER, participant, SYSTEM, TimelineBuilder } from "../lib/review/scorecard/hand-built-timeline";
import { REPO_ROOT, assertBuildExists, benchTempDir, installExitHandlers, machineNotes, runBenchMain, startAppServer, startBenchDatabase, summarize } from "./lib/harness";
import { random } from "./lib/random";

const { values: args } = parseArgs({
  options: {
    events: { type: "string", default: "10000" },
    runs: { type: "string", default: "5" },
    scrubs: { type: "string", default: "20" },
    "play-seconds": { type: "string", default: "10" },
    "dist-dir": { type: "string", default: process.env.NEXT_DIST_DIR ?? ".next" },
    out: { type: "string", default: "bench/results/replay-chromium.json" },
    "max-seconds": { type: "string", default: "600" },
    help: { type: "boolean", default: false },
  },
});
if (args.help) {
  console.log(`Usage: npm run bench:replay-chromium -- [--events 10000] [--runs 5] [--scrubs 20] [--play-seconds 10] [--dist-dir .next] [--out bench/results/replay-chromium.json]
  Each run opens the replay in a new browser context (empty cache), then scrubs to --scrubs random moments.`);
  process.exit(0);
}
const EVENTS = Number(args.events);
const password = `bench-${randomBytes(9).toString("base64url")}`;

/**
 * A 45-minute drill, chat heavy: ten people talking (edits, deletions, reactions), alerts, acks, hints, milestones, a
 * pause, notes. The builder's offsets are taken as wall time since the start; the stored drill clock leaves the pause out.
 */
function longDrill(total: number): { events: TimelineEventView[]; endMs: number; pause: { from: number; ms: number } } {
  const next = random(15);
  const timeline = new TimelineBuilder();
  const people = ["Alice", "Bob", "Chloe", "Dae", "Eun", "Farid", "Gita", "Hyun", "Ines", "Jun"].map((name) => participant(name));
  const endMs = min(45);
  const pause = { from: min(20), ms: min(2) };
  timeline.add("drill.created", null, { title: "Replay bench", revision: 1 });
  timeline.start(45);
  for (const person of people) timeline.add("participant.joined", 0, { participantId: person.id!, displayName: person.name }, person);
  const scripted: [number, () => void][] = [
    [min(1), () => timeline.inject(min(1), "inj-1", "ok")],
    [pause.from, () => timeline.add("drill.paused", pause.from, {})],
    [pause.from + pause.ms, () => timeline.add("drill.resumed", pause.from + pause.ms, { pausedForMs: pause.ms })],
    ...[3, 8, 15, 24].map((at, index): [number, () => void] => [min(at), () => timeline.fire(min(at), `alert-${index}`, `Checkout 5xx above ${5 * (index + 1)}%`)]),
    ...[4, 10, 16, 26].map((at, index): [number, () => void] => [min(at), () => timeline.add("alert.acknowledged", min(at), { alertId: `alert-${index}`, title: `Checkout 5xx above ${5 * (index + 1)}%` }, people[index]!)]),
    ...[12, 30].map((at, index): [number, () => void] => [min(at), () => timeline.add("hint.released", min(at), { hintId: `hint-${index}`, number: index + 1, text: "Look at the cache's connection count" }, SYSTEM)]),
    ...(["acknowledged", "impact_identified", "mitigation_started", "mitigated", "recovered"] as const).map((milestone, index): [number, () => void] => [min(5 + index * 7), () => timeline.add("milestone.recorded", min(5 + index * 7), { milestone, note: "" })]),
  ];
  scripted.sort((a, b) => a[0] - b[0]);
  const messages: TimelineEventView[] = [];
  const chat = total - scripted.length - timeline.events.length - 1;
  let nextScripted = 0;
  for (let index = 0; index < chat; index++) {
    const offsetMs = Math.floor((index / chat) * (endMs - min(1)));
    while (nextScripted < scripted.length && scripted[nextScripted]![0] <= offsetMs) scripted[nextScripted++]![1]();
    const person = people[Math.floor(next() * people.length)]!;
    const roll = next();
    const ts = `${1_700_000_000 + index}.000100`;
    const last = messages.at(-1);
    const lastTs = last?.kind === "chat.message" ? (last.body.ts ?? "") : "";
    if (roll < 0.8 || !last) messages.push(timeline.add("chat.message", offsetMs, { participantId: person.id!, text: `*${person.name}*: checking pod \`api-${index % 40}\` (${index})`, format: "mrkdwn", ts, threadTs: ts, parentSeq: null, mentions: {} }, person));
    else if (roll < 0.88) timeline.add("chat.reaction", offsetMs, { ts: lastTs, messageSeq: last.id, reaction: "eyes" }, person);
    else if (roll < 0.93) timeline.add("chat.edited", offsetMs, { ts: lastTs, messageSeq: last.id, text: `edited at ${index}` }, person);
    else if (roll < 0.94) timeline.add("chat.deleted", offsetMs, { ts: lastTs, messageSeq: last.id }, person);
    else timeline.add("note.added", offsetMs, { text: `worth discussing (${index})`, tags: ["insight"], pinnedSeq: last.id }, OBSERVER);
  }
  while (nextScripted < scripted.length) scripted[nextScripted++]![1]();
  timeline.end(endMs, "mitigated");
  return { events: timeline.events, endMs, pause };
}

async function seedDrill(databaseUrl: string): Promise<{ drillId: string; email: string; events: number }> {
  const { useDatabaseUrl } = await import("../lib/env");
  useDatabaseUrl(databaseUrl);
  const { seedReferenceScenarios } = await import("../lib/scenarios/seed");
  const { prisma, disconnectPrisma } = await import("../lib/db/client");
  const { writePasswordUser } = await import("../lib/users/write-user");
  const { createDrill } = await import("../lib/drills/create");
  await seedReferenceScenarios({ ctx: { actor: { type: "system", name: "bench" } } });
  const email = "replay-bench@bench.drillroom";
  const user = await prisma().$transaction((tx) => writePasswordUser(tx, { name: "Replay Bench", email, role: "facilitator", password }));
  const ctx = { actor: { type: "facilitator" as const, id: user.id, name: user.name } };
  const { id } = await createDrill({ ctx, input: { scenarioId: "reference-scenario-1", chatProvider: "builtin" } });
  const drill = await prisma().drill.findUniqueOrThrow({ where: { id } });
  const { events, endMs, pause } = longDrill(EVENTS);
  const startedAt = new Date(Date.parse(events[0]!.at));
  const clock = (t: number) => (t <= pause.from ? t : Math.max(pause.from, t - pause.ms));
  const rows = events.map((event, index) => ({
    drillId: id,
    seq: drill.lastSeq + index + 1,
    kind: event.kind,
    audience: AUDIENCE[event.kind],
    at: new Date(event.at),
    offsetMs: event.offsetMs === null ? null : clock(event.offsetMs),
    actorType: event.actor.type,
    actorId: event.actor.id,
    actorName: event.actor.name,
    ref: null,
    body: event.body as object,
  }));
  for (let from = 0; from < rows.length; from += 2000) await prisma().timelineEvent.createMany({ data: rows.slice(from, from + 2000) });
  await prisma().drill.update({
    where: { id },
    data: { status: "mitigated", outcome: "mitigated", startedAt, endedAt: new Date(startedAt.getTime() + endMs), pausedMs: pause.ms, lastSeq: drill.lastSeq + rows.length },
  });
  await disconnectPrisma();
  return { drillId: id, email, events: drill.lastSeq + rows.length };
}

/** Clicks the lanes at a random point and waits for the player's measure of that seek. */
async function scrub(page: Page, next: () => number, seeks: number): Promise<number> {
  const box = (await page.getByTestId("replay-lanes").boundingBox())!;
  await page.mouse.click(box.x + 2 + next() * (box.width - 4), box.y + 2 + next() * (box.height - 4));
  await page.waitForFunction((count) => performance.getEntriesByName("replay:seek", "measure").length >= count, seeks);
  return page.evaluate(() => performance.getEntriesByName("replay:seek", "measure").at(-1)!.duration);
}

async function main() {
  installExitHandlers(Number(args["max-seconds"]));
  assertBuildExists(REPO_ROOT, args["dist-dir"]);
  const dir = benchTempDir("replay-chromium");
  const database = await startBenchDatabase(dir, "drillroom_bench");
  const seeded = await seedDrill(database.url);
  const app = await startAppServer({ databaseUrl: database.url, distDir: args["dist-dir"], logDir: dir });
  const api = await apiRequest.newContext({ baseURL: app.url, extraHTTPHeaders: { origin: app.url } });
  const signedIn = await api.post("/api/auth/sign-in/email", { data: { email: seeded.email, password } });
  if (!signedIn.ok()) throw new Error(`sign-in: ${signedIn.status()} ${await signedIn.text()}`);
  const storageState = await api.storageState();
  const replaySize = (await (await api.get(`/api/drills/${seeded.drillId}/replay`)).body()).length;

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const next = random(21);
  const firstFrames: number[] = [];
  const scrubs: number[] = [];
  let page!: Page;
  for (let run = 0; run < Number(args.runs); run++) {
    const context = await browser.newContext({ storageState, viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
    await page.goto(`${app.url}/drills/${seeded.drillId}/replay`);
    await page.waitForFunction(() => performance.getEntriesByName("replay:ready").length > 0, undefined, { timeout: 60_000 });
    firstFrames.push(await page.evaluate(() => performance.getEntriesByName("replay:ready")[0]!.startTime));
    for (let index = 0; index < Number(args.scrubs); index++) scrubs.push(await scrub(page, next, index + 1));
    if (run < Number(args.runs) - 1) await context.close();
  }

  // The last page plays 10 s at 60× from the start; long tasks and frames are counted in the page.
  await page.getByRole("button", { name: "60×" }).click();
  await page.getByRole("slider", { name: "Play head" }).focus();
  await page.keyboard.press("Shift+ArrowLeft");
  // A string, not a function: tsx would wrap a named function in a helper the page does not have.
  await page.evaluate(`(() => {
    window.benchLongTasks = [];
    window.benchFrames = 0;
    window.benchPlaying = true;
    new PerformanceObserver((list) => list.getEntries().forEach((entry) => window.benchLongTasks.push(entry.duration))).observe({ type: "longtask" });
    const count = () => {
      window.benchFrames++;
      if (window.benchPlaying) requestAnimationFrame(count);
    };
    requestAnimationFrame(count);
  })()`);
  const startHead = Number(await page.getByTestId("replay-head").getAttribute("data-t"));
  await page.getByRole("button", { name: "Play" }).click();
  const playMs = Number(args["play-seconds"]) * 1000;
  await page.waitForTimeout(playMs);
  const play = await page.evaluate(() => {
    const state = window as unknown as { benchLongTasks: number[]; benchFrames: number; benchPlaying: boolean };
    state.benchPlaying = false;
    return { longTasks: state.benchLongTasks, frames: state.benchFrames };
  });
  const head = Number(await page.getByTestId("replay-head").getAttribute("data-t"));
  await browser.close();

  const first = summarize(firstFrames);
  const seek = summarize(scrubs);
  const result = {
    measuredAt: new Date().toISOString(),
    machine: machineNotes(),
    events: seeded.events,
    replayJsonBytes: replaySize,
    runs: firstFrames.length,
    firstFrameMs: { p50: first.p50, p95: first.p95, max: first.max, samples: firstFrames },
    scrubMs: { count: seek.count, p50: seek.p50, p95: seek.p95, max: seek.max },
    play60x: { seconds: playMs / 1000, advancedMs: head - startHead, fps: play.frames / (playMs / 1000), longTasks: play.longTasks.length, longTaskTotalMs: play.longTasks.reduce((sum, ms) => sum + ms, 0), longestTaskMs: Math.max(0, ...play.longTasks) },
  };
  console.log(`\nReplay of a ${seeded.events}-event drill in Chromium (${(replaySize / 1024).toFixed(0)} KiB of JSON):`);
  console.log(`  time to first frame  p50 ${first.p50.toFixed(0)} ms  p95 ${first.p95.toFixed(0)} ms  (${firstFrames.length} loads)`);
  console.log(`  time to scrub        p50 ${seek.p50.toFixed(1)} ms  p95 ${seek.p95.toFixed(1)} ms  max ${seek.max.toFixed(1)} ms  (${seek.count} seeks)`);
  console.log(`  10 s at 60×          ${result.play60x.fps.toFixed(0)} fps, ${play.longTasks.length} long tasks (${result.play60x.longTaskTotalMs.toFixed(0)} ms, longest ${result.play60x.longestTaskMs.toFixed(0)} ms), play head moved ${((head - startHead) / 60_000).toFixed(1)} min`);
  await writeFile(args.out!, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`[bench] wrote ${args.out}`);
}

runBenchMain(main);
