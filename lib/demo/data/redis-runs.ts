import type { DemoDrill } from "../story";
import { rosterOf, say } from "./people";

const SCENARIO = "reference-scenario-2";

/** Every hint released, a pause for the traffic generator, mitigated late: the run that shows what hints change. */
export const redisHintsRun: DemoDrill = {
  key: "redis-hints-run",
  scenarioId: SCENARIO,
  title: "Demo · Match wait times rising (hints run)",
  daysAgo: 54,
  startHour: 6,
  roster: rosterOf("hana", "jun", "sora", "mina", "daniel", "yuna"),
  live: [
    { at: 1, do: "inject", step: "inj-ramp-redis-load", note: "redis-benchmark pods ramping, 200 -> 2,000 clients", as: "inject" },
    { at: 4.5, do: "alert", alert: "alert-scoring-redis-latency", as: "latency" },
    say(5, "mina", "saw the latency alert. match-scoring pods are fine, CPU 30%"),
    { at: 6, do: "ack", who: "mina", alert: "alert-scoring-redis-latency" },
    { at: 7, do: "inject", step: "inj-flood-connections", note: "connection flood started" },
    { at: 8, do: "alert", alert: "alert-match-trend" },
    say(8.6, "sora", "IC here. impact?"),
    say(9.8, "mina", "matches/min -41%, wait p95 climbing. still think it's the scorer code", "scorer-code"),
    { at: 10.5, do: "note", text: "Mina is reading match-scoring code instead of its dependencies' latency.", tags: ["insight"], as: "note-code" },
    { at: 12, do: "pause" },
    { at: 14, do: "resume" },
    { at: 15, do: "hint", hint: "hint-scoring-deps", as: "hint-deps" },
    { at: 16, do: "escalate", team: "Match", as: "escalate" },
    say(17.5, "daniel", "redis GET p99 on match-profile-cache is 60ms, used to be 1ms"),
    { at: 18, do: "milestone", milestone: "impact_identified", note: "matches/min -41%, wait p95 64 s" },
    { at: 20, do: "hint", hint: "hint-redis-clients" },
    say(22, "mina", "CLIENT LIST: 58k connections from 10.20.x addresses we don't own??", "client-list"),
    { at: 23, do: "note", text: "The second hint unlocked it: CloudWatch plus CLIENT LIST showed the flood.", tags: ["insight"], as: "note-hint" },
    say(24, "yuna", "those are the drill-chaos pods in stage. SG rule or delete them?"),
    { at: 26, do: "hint", hint: "hint-keep-matching" },
    { at: 27, do: "milestone", milestone: "mitigation_started", note: "Degraded scoring flag on" },
    say(28, "daniel", "degraded scoring flag on for match-server, users matching again with heuristic score", "fallback"),
    { at: 31, do: "note", text: "Someone suggested restarting all scorers while Redis was saturated; Daniel stopped it.", tags: ["good_call", "communication"], as: "note-restart" },
    { at: 35, do: "milestone", milestone: "mitigated", note: "Flooding pods removed, wait p95 at baseline", as: "mitigated" },
    { at: 38, do: "milestone", milestone: "root_cause_identified", note: "Unbounded client flooded the primary to maxclients" },
    { at: 40, do: "end", outcome: "mitigated", note: "Mitigated after all three hints, past the 30-minute criterion." },
  ],
  review: {
    answer: [
      { step: 2, verdict: "done_differently", evidence: ["client-list"], note: "Found only after two hints." },
      { step: 3, verdict: "done", evidence: ["fallback"] },
      { step: 6, verdict: "done_differently", evidence: ["escalate"], note: "Escalated at 15 minutes." },
    ],
    ratings: [
      { objective: "mitigate", rating: "S", reason: "Right fallback, but only after the last hint." },
      { objective: "escalate", rating: "M", reason: "Past the 10-minute mark." },
    ],
    stars: ["client-list", "fallback"],
    picks: ["note-hint", "note-restart"],
    survey: [
      { who: "mina", difficulty: 5, usefulness: 5, enjoyment: 3, change: "Redis metrics should be next to match-scoring in Grafana." },
      { who: "daniel", anonymous: true, difficulty: 4, usefulness: 4, enjoyment: 4 },
      { who: "yuna", difficulty: 3, usefulness: 3, enjoyment: 4 },
      { who: "sora", anonymous: true, difficulty: 4, usefulness: 5, enjoyment: 4, keep: "Pausing the clock when the traffic generator broke." },
    ],
    retro: [
      { category: "improvement", audience: "team:Match", text: "Check the dependencies' latency before reading code.", notes: ["note-code"] },
      { category: "communication", text: "Daniel said no to a restart storm plainly and early.", notes: ["note-restart"] },
    ],
    actions: [
      { title: "ElastiCache metrics on the match-scoring dashboard", owner: "Mina Kim", category: "tooling", priority: "high", audience: "team:Match", dueInDays: 14, status: "in_progress" },
      { title: "Security group: only match-scoring may reach match-profile-cache", owner: "Yuna Seo", category: "planning", priority: "medium", dueInDays: 28 },
    ],
  },
};

/** Seven weeks later: the same people, no hints, mitigated in a quarter of an hour. */
export const redisFastRun: DemoDrill = {
  key: "redis-fast-run",
  scenarioId: SCENARIO,
  title: "Demo · Match wait times rising (rematch)",
  daysAgo: 9,
  startHour: 6,
  roster: rosterOf("hana", "jun", "sora", "mina", "tae", "daniel", "yuna"),
  live: [
    { at: 1, do: "inject", step: "inj-ramp-redis-load", note: "ramp started", as: "inject" },
    say(2, "mina", "match-profile-cache GET p99 climbing on the new panel, watching", "panel"),
    { at: 2.5, do: "inject", step: "inj-flood-connections", note: "flood started" },
    { at: 3, do: "alert", alert: "alert-scoring-redis-latency" },
    say(3, "tae", "api-server is fine, nothing unusual on login or configs"),
    { at: 3.2, do: "ack", who: "mina", alert: "alert-scoring-redis-latency" },
    say(4, "mina", "impact: matches/min -30% and falling, wait p95 40s. cause is behind match-scoring"),
    { at: 4.5, do: "milestone", milestone: "impact_identified", note: "Stated from business metrics" },
    { at: 5, do: "escalate", team: "Match", as: "escalate" },
    say(6, "daniel", "joining. flip degraded scoring now, then find the client"),
    { at: 7, do: "note", text: "Escalated at 4 minutes with a concrete ask.", tags: ["good_call", "escalation"], as: "note-escalate" },
    { at: 8, do: "milestone", milestone: "mitigation_started", note: "Degraded scoring flag on" },
    say(9.5, "mina", "CLIENT LIST grouped by addr: drill-chaos pods, 40k connections", "client-list"),
    say(12, "yuna", "SG rule applied, chaos pods cut off"),
    { at: 17, do: "milestone", milestone: "mitigated", note: "Wait p95 at baseline for 5 minutes", as: "mitigated" },
    { at: 19, do: "note", text: "The Grafana panel from the last plan made the latency visible at once.", tags: ["insight"], as: "note-panel" },
    { at: 21, do: "milestone", milestone: "root_cause_identified", note: "Flooding client found by address" },
    { at: 25, do: "end", outcome: "mitigated", note: "Mitigated at 16 minutes with no hints." },
  ],
  review: {
    answer: [
      { step: 2, verdict: "done", evidence: ["panel"] },
      { step: 4, verdict: "done", evidence: ["client-list"] },
      { step: 6, verdict: "done", evidence: ["escalate"] },
    ],
    ratings: [
      { objective: "detect", rating: "P", reason: "Noticed on the dashboard before the page." },
      { objective: "mitigate", rating: "P", reason: "Fallback first, then the client." },
    ],
    stars: ["panel", "client-list"],
    picks: ["note-escalate", "note-panel"],
    survey: [
      { who: "mina", difficulty: 2, usefulness: 4, enjoyment: 5 },
      { who: "tae", difficulty: 2, usefulness: 3, enjoyment: 4, change: "API had little to do: give it a part." },
      { who: "daniel", anonymous: true, difficulty: 2, usefulness: 4, enjoyment: 4 },
    ],
    retro: [{ category: "lesson", text: "The new panel and the degraded-scoring flag turned a 35-minute incident into 16.", notes: ["note-panel"] }],
    actions: [{ title: "Scorer circuit breaker: fall back automatically on timeouts", owner: "Daniel Cho", category: "tooling", priority: "medium", audience: "team:Match", dueInDays: 30 }],
  },
};
