import type { DemoDrill } from "../story";
import { rosterOf, say } from "./people";

const SCENARIO = "reference-scenario-3";
const INJECT = [
  { at: 1, do: "inject", step: "inj-raise-threshold", note: "minCompatibilityScore 0.42 -> 0.98, config version 311", as: "inject" },
  { at: 1.5, do: "inject", step: "inj-extend-wait", note: "maxWaitForBetterMatchMs 8000 -> 600000" },
] as const;

/** First run: nobody looks at runtime configuration, the Match senior is paged late, the time box runs out. */
export const thresholdFirstRun: DemoDrill = {
  key: "threshold-first-run",
  scenarioId: SCENARIO,
  title: "Demo · Matches per minute dropping (first run)",
  daysAgo: 68,
  startHour: 5,
  roster: rosterOf("hana", "jun", "sora", "mina", "tae", "daniel", "yuna"),
  live: [
    ...INJECT,
    { at: 5, do: "alert", alert: "alert-match-trend", as: "trend" },
    say(6.5, "mina", "looking. match-server pods all green, round latency normal"),
    say(7.2, "sora", "I'm IC. Mina, what are users seeing?"),
    { at: 8, do: "ack", who: "mina", alert: "alert-match-trend" },
    say(9.1, "tae", "api-server fine except POST /v1/match/request is up ~2x, looks like client retries", "tae-fine"),
    say(10.4, "mina", "checking deploys in the last 2h... nothing on match-server or reco-ai"),
    { at: 11, do: "note", text: "Ten minutes in and nobody has stated the impact in numbers yet.", tags: ["communication"], as: "note-impact" },
    { at: 13, do: "alert", alert: "alert-match-wait-page" },
    say(13.8, "mina", "pool is 3x baseline. maybe the scorer is slow? inference p99 looks normal though"),
    { at: 14.5, do: "milestone", milestone: "impact_identified", note: "Mina: matches/min -60%, wait > 60s" },
    say(16, "sora", "paging Match seniors, we're stuck"),
    { at: 16.3, do: "escalate", team: "Match", as: "escalate" },
    say(18.5, "daniel", "here. anything changed in infra? node groups, redis?"),
    { at: 19, do: "note", text: "Team is hunting for a deploy or an infra event; the config server is never mentioned.", tags: ["mistake", "insight"], as: "note-deploy-hunt" },
    { at: 20, do: "hint", hint: "hint-what-changed" },
    say(22, "mina", "restarting two match-server pods to see if rounds speed up", "restart"),
    { at: 23, do: "alert", alert: "alert-rejection-ratio" },
    say(25.5, "daniel", "restart did nothing, pool still growing. rejection ratio 99%??"),
    { at: 26, do: "note", text: "Restarting pods without a hypothesis cost five minutes.", tags: ["mistake"], as: "note-restart" },
    say(30, "mina", "reco-ai score distribution unchanged. so who decides the cut-off?"),
    say(34, "daniel", "might be config-server, checking who has access"),
    { at: 39, do: "end", outcome: "failed", note: "Out of time: root cause not found, matching not restored. Rolled back by facilitators." },
  ],
  review: {
    answer: [
      { step: 0, verdict: "done_differently", evidence: ["trend"], note: "Impact was stated only at 14 minutes." },
      { step: 1, verdict: "done", evidence: ["tae-fine"] },
      { step: 2, verdict: "not_done", note: "Deploys and infrastructure were checked; runtime configuration never was." },
      { step: 5, verdict: "done_differently", evidence: ["escalate"], note: "Escalated at 16 minutes instead of 10." },
    ],
    ratings: [
      { objective: "escalate", rating: "M", reason: "Escalated after the 10-minute mark, and only to the Match team." },
      { objective: "diagnose", rating: "U", reason: "The config change was not found within the time box." },
    ],
    stars: ["tae-fine", "restart"],
    picks: ["note-deploy-hunt", "note-restart"],
    survey: [
      { who: "mina", difficulty: 5, usefulness: 4, enjoyment: 3, change: "Tell us where runtime config lives before the drill." },
      { who: "tae", difficulty: 4, usefulness: 4, enjoyment: 4, keep: "Real alerts in the channel." },
      { who: "daniel", anonymous: true, difficulty: 4, usefulness: 5, enjoyment: 3 },
      { who: "sora", difficulty: 4, usefulness: 5, enjoyment: 4, change: "Page seniors at 10 minutes without debating it." },
    ],
    retro: [
      { category: "improvement", text: "Nobody asked what else changes behaviour without a deploy.", notes: ["note-deploy-hunt"] },
      { category: "strength", audience: "team:API", text: "API reported its state plainly and early." },
      { category: "escalation", text: "Escalation came at 16 minutes; the policy says 10." },
    ],
    actions: [
      { title: "Add 'runtime config changed?' to the first-five-minutes checklist", owner: "Mina Kim", category: "training", priority: "high", audience: "team:Match", dueInDays: 21 },
      { title: "Page the Match senior automatically when a P2 is unacknowledged for 10 minutes", owner: "Sora Jang", category: "organisation", priority: "medium", dueInDays: 30, status: "in_progress" },
    ],
  },
};

/** Second run: impact stated early, one hint, the config change found and rolled back in time. */
export const thresholdSecondRun: DemoDrill = {
  key: "threshold-second-run",
  scenarioId: SCENARIO,
  title: "Demo · Matches per minute dropping (second run)",
  daysAgo: 40,
  startHour: 6,
  roster: rosterOf("hana", "jun", "sora", "mina", "daniel", "yuna"),
  live: [
    ...INJECT,
    { at: 3.5, do: "alert", alert: "alert-match-trend", as: "trend" },
    say(3.8, "mina", "matches/min dipping on the biz dashboard, watching"),
    { at: 4.6, do: "ack", who: "mina", alert: "alert-match-trend" },
    say(5.5, "mina", "impact: matches/min -60%, avg wait 48s, success ratio 31%. no deploys since yesterday", "impact"),
    { at: 6, do: "milestone", milestone: "impact_identified", note: "Stated from business metrics", evidence: "impact" },
    say(6.8, "sora", "thanks. api? reco?"),
    say(7.5, "yuna", "api-server healthy, retries on /v1/match/request only"),
    { at: 8, do: "escalate", team: "Match", as: "escalate" },
    say(9.5, "daniel", "joining. reco-ai scores look normal, decisions don't"),
    { at: 10, do: "note", text: "Escalated at 7 minutes with a clear ask; big change from the first run.", tags: ["good_call", "escalation"], as: "note-escalate" },
    { at: 14, do: "hint", hint: "hint-what-changed" },
    say(15.2, "mina", "config-server audit log: matching-algorithm keys changed 14 min ago, 'quality experiment QX-112'", "audit-log"),
    { at: 16, do: "milestone", milestone: "mitigation_started", note: "Reverting matching-algorithm to version 310" },
    say(16.5, "daniel", "reverting to version 310, roll back first, ask about QX-112 later", "revert"),
    say(19, "mina", "clients on config v312, rejection ratio back to 41%, pool draining"),
    { at: 21, do: "milestone", milestone: "mitigated", note: "Matches/min at baseline", as: "mitigated" },
    { at: 22, do: "note", text: "Rollback before root-causing: exactly the lesson from the first run.", tags: ["good_call"], as: "note-rollback" },
    { at: 27, do: "milestone", milestone: "root_cause_identified", note: "Threshold 0.98 and max wait 600 s set at runtime without review" },
    { at: 29, do: "end", outcome: "mitigated", note: "Mitigated at 20 minutes; root cause at 26." },
  ],
  review: {
    answer: [
      { step: 0, verdict: "done", evidence: ["impact"] },
      { step: 2, verdict: "done", evidence: ["audit-log"] },
      { step: 3, verdict: "done", evidence: ["revert", "mitigated"] },
      { step: 5, verdict: "done", evidence: ["escalate"] },
    ],
    ratings: [
      { objective: "detect", rating: "P", reason: "Impact in numbers within five minutes." },
      { objective: "diagnose", rating: "S", reason: "Found after the first hint." },
    ],
    stars: ["impact", "audit-log"],
    picks: ["note-escalate", "note-rollback"],
    survey: [
      { who: "mina", difficulty: 3, usefulness: 5, enjoyment: 4, keep: "Running the same scenario again." },
      { who: "daniel", difficulty: 2, usefulness: 4, enjoyment: 4 },
      { who: "yuna", anonymous: true, difficulty: 3, usefulness: 4, enjoyment: 5, change: "Give API more to do." },
    ],
    retro: [
      { category: "strength", text: "Impact stated from business metrics first.", notes: ["note-escalate"] },
      { category: "lesson", text: "Roll back the change first, question the experiment later.", notes: ["note-rollback"] },
    ],
    actions: [
      { title: "Config-change annotations on the match dashboards", owner: "Daniel Cho", category: "tooling", priority: "high", audience: "team:Match", dueInDays: 14, verifyMilestone: "root_cause_identified" },
    ],
  },
};

/** The game day re-drill: with annotations on the dashboards the change is found in minutes; proves the action item. */
export const thresholdGameDay: DemoDrill = {
  key: "threshold-game-day",
  scenarioId: SCENARIO,
  title: "Demo · Matches per minute dropping (game day re-drill)",
  daysAgo: 26,
  startHour: 5,
  gameDay: true,
  roster: rosterOf("hana", "jun", "sora", "mina", "tae", "daniel", "yuna"),
  live: [
    ...INJECT,
    say(2.5, "mina", "matches/min falling, pool growing. on it", "first"),
    { at: 3, do: "alert", alert: "alert-match-trend", as: "trend" },
    { at: 3.4, do: "ack", who: "mina", alert: "alert-match-trend" },
    say(4, "mina", "impact: matches/min -63%, wait 48s. config annotation on the dashboard 3 min before the drop!", "annotation"),
    { at: 4.5, do: "milestone", milestone: "impact_identified", note: "From the match trend dashboard" },
    say(5, "tae", "api-server fine, just retry traffic"),
    { at: 5.5, do: "escalate", team: "Match" },
    say(6.5, "daniel", "here. QX-112 is not approved for stage, revert it"),
    { at: 7, do: "milestone", milestone: "mitigation_started", note: "Reverting to the last known good version" },
    say(8.5, "mina", "reverted, clients on the new version, pool draining"),
    { at: 12, do: "milestone", milestone: "mitigated", note: "Matches/min at baseline", as: "mitigated" },
    { at: 13, do: "note", text: "The dashboard annotation made the change visible at a glance.", tags: ["insight", "good_call"], as: "note-annotation" },
    { at: 15, do: "milestone", milestone: "root_cause_identified", note: "Runtime threshold change without review", as: "root-cause" },
    { at: 22, do: "end", outcome: "mitigated", note: "Mitigated at 11 minutes." },
  ],
  review: {
    answer: [
      { step: 2, verdict: "done", evidence: ["annotation"] },
      { step: 3, verdict: "done", evidence: ["mitigated"] },
      { step: 7, verdict: "done_differently", evidence: ["root-cause"], note: "Follow-ups already in the plan." },
    ],
    ratings: [
      { objective: "detect", rating: "P", reason: "Acknowledged and stated within four minutes." },
      { objective: "mitigate", rating: "P", reason: "Rolled back at 6 minutes." },
    ],
    stars: ["annotation"],
    picks: ["note-annotation"],
    survey: [
      { who: "mina", difficulty: 2, usefulness: 4, enjoyment: 5, keep: "Game days with two scenarios." },
      { who: "tae", anonymous: true, difficulty: 2, usefulness: 3, enjoyment: 4 },
      { who: "daniel", difficulty: 2, usefulness: 4, enjoyment: 4, change: "Make the next one harder." },
    ],
    retro: [{ category: "strength", audience: "team:Match", text: "Found the change from the dashboard annotation in four minutes.", notes: ["note-annotation"] }],
    actions: [{ title: "Validation ranges for matching-algorithm keys in config-server", owner: "Daniel Cho", category: "tooling", priority: "medium", audience: "team:Match", dueInDays: 45 }],
  },
};
