// Scorecard computation time: how long the pure scorecard (and the model-answer comparison and evidence suggestions
// the debrief shows beside it) takes on a large drill's timeline, in this process, without a database.
// Usage: npm run bench:scorecard [-- --events 5000 --runs 50 --out bench/results/scorecard.json]
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import type { Milestone } from "../lib/drill-model/milestone-names";
import { compareModelAnswer, suggestEvidence } from "../lib/review/answer/compare";
import { computeScorecard } from "../lib/review/scorecard/compute";
import { FACILITATOR, min, OBSERVER, participant, SYSTEM, TimelineBuilder } from "../lib/review/scorecard/hand-built-timeline";
import { scenarioDefinitionSchema } from "../lib/scenarios/schemas";
import { apiSegmentCacheOutage } from "../lib/scenarios/seed-data/api-segment-cache";
import type { TimelineEventView } from "../lib/timeline/events";
import { random } from "./lib/random";
import { machineNotes, summarize } from "./lib/harness";

const { values } = parseArgs({
  options: {
    events: { type: "string", default: "5000" },
    runs: { type: "string", default: "50" },
    "warm-up": { type: "string", default: "10" },
    out: { type: "string", default: "bench/results/scorecard.json" },
    help: { type: "boolean", default: false },
  },
});
if (values.help) {
  console.log(`Usage: npm run bench:scorecard -- [options]
  --events 5000     events in the drill's timeline (also measured at 4x, to show how it scales)
  --runs 50         measured runs per row, after the warm-up
  --warm-up 10      runs first, not measured (JIT)
  --out bench/results/scorecard.json`);
  process.exit(0);
}
const EVENTS = Number(values.events);
const RUNS = Number(values.runs);
const WARM_UP = Number(values["warm-up"]);

const script = scenarioDefinitionSchema.parse(apiSegmentCacheOutage);

const PHRASES = [
  "api-server 5xx ratio climbing, login failing",
  "busy threads 200/200 on most pods but CPU is at 20%",
  "nothing deployed since yesterday",
  "match-server looks fine on our side, just less traffic",
  "lettuce command timeouts on user-segment-cache are way up",
  "should we restart api-server?",
  "don't restart yet, threads will fill again",
  "flipping the segment cache bypass flag",
  "캐시 우회 플래그 켰습니다, 5xx 떨어지는 중",
  "로그인 성공률 회복 확인",
  "escalating to SRE for the network view",
  "ElastiCache CPU 3%, connections falling",
  "thread dump shows everyone stuck in SET",
  "rolling restart after the bypass",
  "login success back to baseline for 5 minutes",
];

/**
 * A 45-minute drill of the API outage scenario, chat heavy: ten responders talking (with edits and reactions), a
 * deploy bot, injections, every scripted alert acknowledged, hints, milestones (with evidence, corrected, one after
 * the fact), escalations, a pause, observer notes, rollbacks, the end, and a review with ratings, links and stars.
 */
export function realisticTimeline(total: number): TimelineEventView[] {
  const next = random(13);
  const timeline = new TimelineBuilder();
  const people = ["Alice", "Bob", "Chloe", "Dae", "Eun", "Farid", "Gita", "Hyun", "Ines", "Jun"].map((name) => participant(name));
  const bot = participant("Deploybot", "p-bot");
  const boxMs = min(45);
  timeline.add("drill.created", null, { title: script.title, revision: 1 }, FACILITATOR);
  timeline.add("roster.invited", null, { people: people.map((person) => ({ name: person.name!, role: "active_responder" })) }, FACILITATOR);
  timeline.start(45);
  for (const person of people) timeline.add("participant.joined", 0, { participantId: person.id!, displayName: person.name }, person);

  const scripted: [number, () => void][] = [
    [min(1), () => timeline.inject(min(1), "inj-degrade-segment-cache", "ok")],
    [min(4), () => timeline.inject(min(4), "inj-blackhole-segment-cache")],
    ...script.alerts.map((alert, index): [number, () => void] => [min(3 + index * 4), () => timeline.fire(min(3 + index * 4), alert.id, alert.title)]),
    ...script.alerts.map((alert, index): [number, () => void] => [min(5 + index * 4), () => timeline.acknowledge(min(5 + index * 4), alert.id, people[index % people.length]!)]),
    ...script.hints.map((hint, index): [number, () => void] => [min(12 + index * 8), () => timeline.add("hint.released", min(12 + index * 8), { hintId: hint.id, number: index + 1, text: hint.text }, SYSTEM)]),
    [min(9), () => timeline.add("team.escalated", min(9), { team: "SRE", people: ["Sam", "Kim"] }, people[0]!)],
    [min(14), () => timeline.add("drill.paused", min(14), {}, FACILITATOR)],
    [min(14), () => timeline.add("drill.resumed", min(14), { pausedForMs: min(2) }, FACILITATOR)],
  ];
  const milestones: [number, Milestone][] = [
    [min(5), "acknowledged"],
    [min(11), "impact_identified"],
    [min(9), "escalated"],
    [min(22), "mitigation_started"],
    [min(27), "mitigated"],
    [min(33), "recovered"],
  ];
  for (const [offsetMs, milestone] of milestones) scripted.push([offsetMs + 30_000, () => timeline.record(offsetMs + 30_000, milestone, { note: "", evidenceSeq: Math.max(1, timeline.events.length - 3) })]);
  scripted.sort((a, b) => a[0] - b[0]);

  // Everything but the tail (end, rollbacks, review) is chat, notes and the scripted items, spread over the drill.
  const live = total - 40;
  const chatEvents = live - scripted.length;
  let nextScripted = 0;
  const messages: TimelineEventView[] = [];
  for (let index = 0; index < chatEvents; index += 1) {
    const offsetMs = Math.floor((index / chatEvents) * (boxMs - min(2)));
    while (nextScripted < scripted.length && scripted[nextScripted]![0] <= offsetMs) scripted[nextScripted++]![1]();
    const roll = next();
    const person = people[Math.floor(next() * people.length)]!;
    const phrase = PHRASES[Math.floor(next() * PHRASES.length)]!;
    if (roll < 0.78 || messages.length === 0) messages.push(timeline.say(offsetMs, person, `${phrase} (${index})`));
    else if (roll < 0.86) timeline.add("chat.reaction", offsetMs, { ts: `${index}.1`, messageSeq: messages.at(-1)!.id, reaction: "eyes" }, person);
    else if (roll < 0.9) timeline.add("chat.edited", offsetMs, { ts: `${index}.1`, messageSeq: messages.at(-1)!.id, text: `${phrase}, edited` }, person);
    else if (roll < 0.93) timeline.add("chat.message", offsetMs, { participantId: bot.id!, text: `deploy #${index} finished`, format: "mrkdwn", ts: `${index}.2`, threadTs: `${index}.2`, parentSeq: null, mentions: {}, botId: "B1" }, bot);
    else timeline.add("note.added", offsetMs, { text: `${phrase}: worth discussing`, tags: roll < 0.96 ? ["mistake"] : ["insight"], pinnedSeq: messages.at(-1)!.id }, OBSERVER);
  }
  while (nextScripted < scripted.length) scripted[nextScripted++]![1]();

  timeline.add("milestone.corrected", min(43), { milestone: "mitigated", fromOffsetMs: min(27.5), toOffsetMs: min(26), reason: "graphs recovered earlier" });
  timeline.add("rollback.executed", min(43.5), { stepId: "inj-blackhole-segment-cache", name: "Black-hole all traffic to UserSegmentCache", note: "" });
  timeline.add("rollback.executed", min(43.6), { stepId: "inj-degrade-segment-cache", name: "Degrade the path", note: "", method: "webhook", result: { outcome: "ok" } });
  timeline.end(min(44), "mitigated");
  timeline.add("review.started", min(50), {});
  timeline.add("answer.revealed", min(51), { rootCause: script.rootCause, modelAnswer: script.modelAnswer });
  const rootCause = messages[Math.floor(messages.length * 0.6)]!;
  timeline.record(min(52), "root_cause_identified", { note: "", evidenceSeq: rootCause.id, afterTheFact: true, reason: "forgot to press it" });
  while (timeline.events.length < total) {
    const step = timeline.events.length % script.modelAnswer.length;
    const evidence = messages[Math.floor(next() * messages.length)]!;
    const roll = next();
    if (roll < 0.4) timeline.add("answer.linked", min(55), { step, verdict: "done", evidenceSeqs: [evidence.id], note: "" });
    else if (roll < 0.7) timeline.add("moment.starred", min(55), { seq: evidence.id, starred: true });
    else timeline.add("objective.rated", min(55), { objectiveId: script.objectives[step % script.objectives.length]!.id, rating: "S", suggested: "P", reason: "slow to escalate" });
  }
  return timeline.events;
}

function measure(label: string, events: TimelineEventView[], work: (events: TimelineEventView[]) => unknown) {
  for (let run = 0; run < WARM_UP; run += 1) work(events);
  const samples: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    work(events);
    samples.push(performance.now() - started);
  }
  const { p50, p95, max, mean } = summarize(samples);
  return { what: label, events: events.length, runs: RUNS, p50Ms: p50, p95Ms: p95, maxMs: max, meanMs: mean };
}

async function main() {
  const drill = { outcome: "mitigated" as const, timeBoxMinutes: 45 };
  const rows = [];
  for (const size of [EVENTS, EVENTS * 4]) {
    const events = realisticTimeline(size);
    rows.push(measure("computeScorecard", events, (timeline) => computeScorecard({ script, drill, events: timeline })));
    rows.push(measure("compareModelAnswer", events, (timeline) => compareModelAnswer(script, timeline)));
    // A fresh array each run, shared by its steps as the debrief's one read shares it: the evidence index is cached
    // per array, so each run pays for building it once.
    rows.push(
      measure("suggestEvidence, every step, cold", events, (timeline) => {
        const fresh = [...timeline];
        return script.modelAnswer.map((step) => suggestEvidence(step, fresh));
      }),
    );
  }
  console.table(rows);
  const mix: Record<string, number> = {};
  for (const event of realisticTimeline(EVENTS)) mix[event.kind] = (mix[event.kind] ?? 0) + 1;
  console.log("events by kind:", mix);
  const output = { measuredAt: new Date().toISOString(), machine: machineNotes(), scenario: script.title, warmUp: WARM_UP, timeline: mix, results: rows };
  await writeFile(path.resolve(values.out!), JSON.stringify(output, null, 2) + "\n");
  console.log(`wrote ${values.out}`);
}

await main();
