import type { ScenarioDefinitionInput } from "../schemas";

const CONFIG_KEYS = "https://config-server.stage.internal/api/v1/namespaces/matching-algorithm/keys";

export const matchingThresholdTooStrict: ScenarioDefinitionInput = {
  schemaVersion: 2,
  title: "Matches vanish: matching threshold set too strict at runtime in the config server",
  publicTitle: "Matches per minute dropping",
  summary:
    "Matches/min drops sharply while users pile up in the match pool and client retries push request traffic up. Every service is up, nothing was deployed and infrastructure metrics look normal. Without knowing how the matching algorithm is configured, responders go looking for a deployment or infrastructure cause that isn't there.",
  tags: ["config", "runtime-config", "matching", "ml", "stage"],
  difficulty: "intermediate",
  components: ["config-server", "match-server", "recommendation-ai", "api-server"],
  environment: { name: "stage", protected: false },
  timeBoxMinutes: 40,
  designers: ["Recommendation AI team senior engineer (scenario designer)", "Match team engineer (config-server owner, reviewer)"],
  briefing:
    "Stage is running production-like synthetic traffic. The match trend alert fired: successful matches are falling fast and the match pool keeps growing. The incident bot has opened this channel. The matching/recommendation team's newest engineer is the active responder; the matching team, the AI team and SRE can be escalated to. Get users matching again, then explain why.",
  rootCause:
    "In config-server namespace `matching-algorithm`, `match.quality.minCompatibilityScore` was changed at runtime from 0.42 to 0.98 and `match.quality.maxWaitForBetterMatchMs` from 8000 to 600000. No code or infrastructure changed. recommendation-ai now rejects almost every candidate pair as not compatible enough, and match-server keeps users waiting for a better match that never comes, so matches collapse, the match pool grows without limit, and client retries of match requests put extra load on api-server and match-server. The change is visible in the config-server audit log.",
  expectedImpact:
    "matches/min -60% within 5 minutes and below 10% success after 10; average match wait from ~6 s to over a minute; the match pool triples; retries double POST /v1/match/request on api-server. Every pod is healthy and no deploy or infrastructure event shows up.",
  injections: [
    {
      id: "inj-raise-threshold",
      name: "Set the compatibility threshold far too high",
      action: {
        kind: "manual",
        instructions:
          `First record the current value: \`curl -s ${CONFIG_KEYS}/match.quality.minCompatibilityScore\` (expected 0.42).\nInject: \`curl -X PUT ${CONFIG_KEYS}/match.quality.minCompatibilityScore -H 'Content-Type: application/json' -d '{"value": 0.98, "comment": "quality experiment QX-112"}'\`. Clients pick it up within ~60 s (check the config version in match-server logs). Expect candidate rejection ratio > 95% and matches/min -60% within 5 minutes.`,
      },
      rollback: {
        kind: "manual",
        instructions:
          `PUT the recorded value back: \`curl -X PUT ${CONFIG_KEYS}/match.quality.minCompatibilityScore -H 'Content-Type: application/json' -d '{"value": 0.42, "comment": "drill rollback"}'\`, or use config-server history -> revert to the previous version.\nConfirm match-server and recommendation-ai report the new config version and the rejection ratio falls back near 40%.`,
      },
    },
    {
      id: "inj-extend-wait",
      name: "Let users wait almost forever for a better match",
      action: {
        kind: "manual",
        instructions:
          `Right after the first step: \`curl -X PUT ${CONFIG_KEYS}/match.quality.maxWaitForBetterMatchMs -H 'Content-Type: application/json' -d '{"value": 600000, "comment": "quality experiment QX-112"}'\` (expected previous value 8000).\nExpect match pool size x3 within 10 minutes and match request retries raising api-server traffic by ~2x.`,
      },
      rollback: {
        kind: "manual",
        instructions:
          `PUT 8000 back: \`curl -X PUT ${CONFIG_KEYS}/match.quality.maxWaitForBetterMatchMs -H 'Content-Type: application/json' -d '{"value": 8000, "comment": "drill rollback"}'\` (or revert in config-server history); the pool drains within ~2 minutes.\nIf api-server or match-server pods were scaled during the drill, scale them back to the stage defaults.`,
      },
    },
  ],
  expectedSignals: [
    { id: "sig-matches", signal: "Successful matches/min and match success ratio", direction: "down", dashboardUrl: "https://grafana.stage.internal/d/biz-match/azar-match-trend" },
    { id: "sig-pool-size", signal: "match_pool_waiting_users and average match wait time", direction: "up", dashboardUrl: "https://grafana.stage.internal/d/match-server/match-server-rounds" },
    { id: "sig-rejection-ratio", signal: "recommendation-ai candidate rejection ratio (score distribution unchanged)", direction: "up", dashboardUrl: "https://grafana.stage.internal/d/reco-ai/recommendation-ai-decisions" },
    { id: "sig-match-retries", signal: "api-server POST /v1/match/request rate and retry share", direction: "up", dashboardUrl: "https://grafana.stage.internal/d/api-overview/azar-api-overview" },
    { id: "sig-config-change", signal: "Config change annotation for namespace matching-algorithm on the match dashboards", direction: "appears", dashboardUrl: "https://grafana.stage.internal/d/biz-match/azar-match-trend" },
  ],
  alerts: [
    { id: "alert-match-trend", offsetMinutes: 4, relativeTo: "inj-raise-threshold", source: "custom", severity: "high", title: "Match trend: successful matches/min down 63% vs 1h ago", body: "Global matches/min: 520 (expected 1,400 +/- 10%)\nAvg match wait: 48s (baseline 6s)\nMatch requests/min: 14,900 (+51%)" },
    { id: "alert-pool-size", offsetMinutes: 7, relativeTo: "inj-extend-wait", source: "grafana", severity: "warning", title: "[Warning] match-server: match pool size > 3x baseline for 5m", body: "match_pool_waiting_users: 21,700 (baseline 6,300)\nmatching round duration p95: 0.9s (normal)\nmatch-server pods Ready: 16/16, CPU 48%" },
    { id: "alert-match-wait-page", offsetMinutes: 12, relativeTo: "start", source: "pagerduty", severity: "critical", title: "[P2] match-server: avg match wait > 45s for 5m", body: "Triggered: avg match wait = 71s (threshold 45s)\nMatch success ratio: 9%\nLast deploy of match-server: 3 days ago\nEscalation policy: Match on-call -> Match team -> SRE" },
    { id: "alert-api-match-requests", offsetMinutes: 16, relativeTo: "start", source: "grafana", severity: "warning", title: "[Warning] api-server: POST /v1/match/request rate > 2x baseline", body: "POST /v1/match/request: 410 req/s (baseline 190 req/s)\nretry share: 62%\napi-server 5xx ratio: 1.8%" },
    { id: "alert-rejection-ratio", offsetMinutes: 22, relativeTo: "start", source: "grafana", severity: "warning", title: "[Warning] recommendation-ai: candidate rejection ratio > 90%", body: "candidate_pairs_rejected / candidate_pairs_scored: 99.2% (baseline 38%)\nscore distribution p50: 0.61 (unchanged)\ninference latency p99: 41ms (normal)", unlessMilestone: "root_cause_identified" },
  ],
  hints: [
    { id: "hint-what-changed", text: "No deploy, no infrastructure event. What else can change the system's behaviour without a deployment?", offsetMinutes: 14, release: "at_offset_unless_milestone", unlessMilestone: "impact_identified" },
    { id: "hint-scores-vs-decisions", text: "The score distribution coming out of recommendation-ai is unchanged, but the decisions made with those scores are not. Where does the cut-off come from?", offsetMinutes: 22, release: "manual" },
    { id: "hint-audit-log", text: "Check the config-server audit log for the matching-algorithm namespace over the last hour.", offsetMinutes: 30, release: "at_offset_unless_milestone", unlessMilestone: "mitigated" },
  ],
  modelAnswer: [
    "Declare the incident; SRE as incident commander states the impact: matches/min, match wait, match success ratio.",
    "Every owner reports its component state quickly and plainly: api-server fine apart from retry traffic, match-server pods and round latency fine, recommendation-ai inference latency and score distribution fine. Nothing is broken, so the behaviour changed.",
    "Ask 'what changed?' in order: deployments (none), infrastructure (none), runtime configuration: the config-server audit log shows matching-algorithm keys changed minutes before the drop.",
    "Mitigate: revert the changed keys to the last known good version in config-server (roll back first, question the experiment later) and confirm clients picked up the new config version.",
    "If the retry backlog is still hurting api-server/match-server, scale them temporarily or expire stale pool entries until the pool drains.",
    "Escalate early to the recommendation-AI owner if nobody in the room knows how the threshold and max wait interact; do not spend the time box reverse-engineering the algorithm alone.",
    "Verify: rejection ratio back near 40%, pool size and wait time at baseline, matches/min recovered for 5 minutes.",
    "Root cause and follow-ups: a runtime config with no validation range and no review. Add bounds on matching keys, approval for production matching config, config-change annotations on the match dashboards, and an alert on rejection ratio.",
  ],
  successCriteria: [
    { milestone: "escalated", withinMinutes: 10 },
    { milestone: "mitigated", withinMinutes: 25 },
    { milestone: "root_cause_identified", withinMinutes: 35 },
  ],
  objectives: [
    {
      id: "detect",
      name: "Detect and state the impact",
      description:
        "Acknowledge the page and state the impact (matches/min, match wait, match success ratio) while every owner reports plainly that their component is healthy.",
      milestones: ["acknowledged", "impact_identified"],
    },
    {
      id: "escalate",
      name: "Escalate early",
      description:
        "Bring in the recommendation-AI owner early instead of reverse-engineering how the threshold and the maximum wait interact alone.",
      milestones: ["escalated"],
    },
    {
      id: "diagnose",
      name: "Find what changed",
      description:
        "Ask what changed, in order: deployments (none), infrastructure (none), runtime configuration: the config-server audit log shows the matching-algorithm keys changed minutes before the drop.",
      milestones: ["root_cause_identified"],
    },
    {
      id: "mitigate",
      name: "Roll back the configuration",
      description:
        "Revert the changed keys to the last known good version, confirm clients picked up the new config version, and drain the retry backlog if it still hurts.",
      milestones: ["mitigation_started", "mitigated"],
    },
  ],
};
