import type { ScenarioDefinitionInput } from "../schemas";

export const matchProfileRedisOverload: ScenarioDefinitionInput = {
  schemaVersion: 2,
  title: "Matching slowdown: match-profile Redis overload starves match scoring",
  publicTitle: "Match wait times rising",
  summary:
    "Users wait longer and longer in the match pool and many give up; matches/min falls while match requests stay normal. match-server and match-scoring pods are healthy and nothing was deployed, but score responses arrive too late for the matching round. The slowdown gets worse over time until matching almost stops.",
  tags: ["redis", "elasticache", "capacity", "latency", "matching", "stage"],
  difficulty: "advanced",
  components: ["match-server", "match-scoring", "redis-match-profile-cache", "api-server"],
  environment: { name: "stage", protected: false },
  timeBoxMinutes: 45,
  designers: ["Match team senior engineer (scenario designer)", "SRE engineer (ElastiCache load injection)"],
  briefing:
    "Stage is running production-like synthetic traffic. The match trend alert fired: successful matches are dropping and average match wait time is rising. The incident bot has opened this channel. The match team's newest engineer is the active responder; the match team, the scoring owners and SRE can be escalated to. Keep users matching first, then find out why.",
  rootCause:
    "The primary node of the match-profile-cache ElastiCache (Redis) cluster, which match-scoring uses to read the profiles of users waiting in the match pool, is being flooded by an unknown client in the VPC. Load ramps gradually (command latency p99 goes from ~1 ms to 50 ms+, EngineCPUUtilization reaches 100%), then the connection count hits maxclients and the primary stops accepting new connections. match-scoring cannot fetch profiles in time, misses its 300 ms scoring deadline, and match-server drops candidate pairs for that round, so wait times grow and matches fail. match-server, match-scoring and the network are otherwise healthy.",
  expectedImpact:
    "Gradual, then steep: matches/min -30% after ~8 minutes, -80% once connections are exhausted; match wait p95 above 60 s and the match pool 3x its baseline. Login and the rest of the API stay healthy, which is the clue that the problem sits behind match-server.",
  injections: [
    {
      id: "inj-ramp-redis-load",
      name: "Ramp read/write load on the match-profile-cache primary",
      action: {
        kind: "manual",
        instructions:
          "From the chaos namespace (not a match team namespace, so the source is not obvious): `kubectl -n drill-chaos run redis-load --image=redislabs/memtier_benchmark --restart=Never -- memtier_benchmark -s match-profile-cache-001.stage.internal -p 6379 --protocol=redis -t 8 -c 25 --ratio=1:4 --data-size=16384 --key-pattern=R:R --pipeline=16 --test-time=2700`.\nEvery 3 minutes, delete and recreate the pod with a higher -c (25 -> 50 -> 100) until match-scoring Redis p99 exceeds 50 ms and score timeouts exceed 10%. Expect matches/min -30% within ~8 minutes.",
      },
      rollback: {
        kind: "manual",
        instructions:
          "`kubectl -n drill-chaos delete pod redis-load --now`. Within 2 minutes match-scoring Redis GET p99 must be back under 5 ms; check EngineCPUUtilization for match-profile-cache-001 in CloudWatch.",
      },
    },
    {
      id: "inj-flood-connections",
      name: "Exhaust connections so the primary refuses new clients",
      action: {
        kind: "manual",
        instructions:
          "About 12 minutes in: `kubectl -n drill-chaos run redis-flood --image=redislabs/memtier_benchmark --restart=Never -- memtier_benchmark -s match-profile-cache-001.stage.internal -p 6379 --protocol=redis -t 32 -c 2000 --ratio=0:1 --key-pattern=R:R --test-time=2700` (~64,000 connections, close to ElastiCache maxclients 65,000).\nExpect CurrConnections ~64k, new connections refused, match-scoring pods logging connection errors and matches/min -80%.",
      },
      rollback: {
        kind: "manual",
        instructions:
          "`kubectl -n drill-chaos delete pod redis-flood redis-load --now`; confirm CurrConnections and EngineCPU are back to baseline in CloudWatch.\nIf the primary is still unresponsive after 3 minutes: `aws elasticache test-failover --replication-group-id match-profile-cache --node-group-id 0001`. Turn the full scorer back on if responders left match-server in degraded scoring.",
      },
    },
  ],
  expectedSignals: [
    { id: "sig-scoring-redis-latency", signal: "match-scoring Redis GET p99 for the match-profile cache (from ~1 ms to 50 ms+)", direction: "up", dashboardUrl: "https://grafana.stage.internal/d/match-scoring/match-scoring-overview" },
    { id: "sig-score-timeouts", signal: "match-server score request timeout rate (300 ms deadline) and matching round duration", direction: "up", dashboardUrl: "https://grafana.stage.internal/d/match-server/match-server-rounds" },
    { id: "sig-matches", signal: "Successful matches/min and match success ratio (business metrics)", direction: "down", dashboardUrl: "https://grafana.stage.internal/d/biz-match/azar-match-trend" },
    { id: "sig-redis-connections", signal: "ElastiCache match-profile-cache-001 CurrConnections and EngineCPUUtilization (CloudWatch)", direction: "up", dashboardUrl: "https://grafana.stage.internal/d/elasticache/elasticache-cloudwatch" },
    { id: "sig-maxclients-errors", signal: "'ERR max number of clients reached' in match-scoring logs", direction: "appears", dashboardUrl: "https://grafana.stage.internal/d/match-scoring-logs/match-scoring-errors" },
  ],
  alerts: [
    { id: "alert-scoring-redis-latency", offsetMinutes: 3, relativeTo: "inj-ramp-redis-load", source: "grafana", severity: "warning", title: "[Warning] match-scoring: Redis GET p99 > 20ms for 3m", body: "redis_command_duration_seconds{cmd=\"GET\",cache=\"match-profile\"} p99: 34ms (baseline 1.2ms)\nmatch-scoring pods Ready: 12/12\nCPU: 35% avg" },
    { id: "alert-match-trend", offsetMinutes: 7, relativeTo: "start", source: "custom", severity: "high", title: "Match trend: successful matches/min down 41% vs 1h ago", body: "Global matches/min: 830 (expected 1,410 +/- 10%)\nAvg match wait: 27.5s (baseline 6.1s)\nMatch requests/min: 9,870 (normal)" },
    { id: "alert-scoring-timeouts", offsetMinutes: 10, relativeTo: "start", source: "grafana", severity: "high", title: "[High] match-server: score request timeout rate > 10% for 5m", body: "score_request_timeouts / score_requests: 23.4% (deadline 300ms)\nmatching round duration p95: 2.8s (target 1s)\nmatch pool size: 18,400 (baseline 6,200)" },
    { id: "alert-match-wait-page", offsetMinutes: 2, relativeTo: "inj-flood-connections", source: "pagerduty", severity: "critical", title: "[P1] match-server: match wait p95 > 30s for 5m", body: "Triggered: match wait p95 = 64s (threshold 30s)\nMatch success ratio: 18%\nEscalation policy: Match on-call -> Match team -> SRE" },
    { id: "alert-redis-connections", offsetMinutes: 22, relativeTo: "start", source: "grafana", severity: "critical", title: "[Critical] ElastiCache match-profile-cache-001: CurrConnections > 60,000", body: "CurrConnections: 64,870 (baseline 1,900)\nEngineCPUUtilization: 99%\nNewConnections: 12,400/min\nmatch-scoring: 'ERR max number of clients reached' 3,100/min", unlessMilestone: "mitigated" },
  ],
  hints: [
    { id: "hint-scoring-deps", text: "match-scoring pods look healthy, but what does a single score request depend on? Compare each dependency's latency with an hour ago.", offsetMinutes: 15, release: "at_offset" },
    { id: "hint-redis-clients", text: "Check the ElastiCache metrics for match-profile-cache in CloudWatch, not only the client-side view. Who is connected to the primary? `CLIENT LIST` grouped by addr is revealing.", offsetMinutes: 24, release: "manual" },
    { id: "hint-keep-matching", text: "Matching with a slightly worse score is better than not matching at all. Is there a way for match-server to stop waiting on the scorer?", offsetMinutes: 30, release: "at_offset_unless_milestone", unlessMilestone: "mitigated" },
  ],
  modelAnswer: [
    "Declare the incident; SRE as incident commander states the impact from business metrics: matches/min, match wait p95, match success ratio.",
    "api-server owner says loudly that the API is fine (request rate and 5xx normal); match-server shows normal request input but rounds timing out waiting for scores, which points at match-scoring.",
    "match-scoring: pods and CPU are fine, Redis command latency and timeouts are up, so the profile cache is the bottleneck.",
    "Mitigate first: switch match-server to degraded scoring (runtime flag for the fallback/heuristic score on scorer timeout), or make match-scoring skip the cache and use the default profile features. Users keep matching with lower quality while Redis is fixed.",
    "Relieve Redis: in CloudWatch/`CLIENT LIST`, find the unexpected client addresses (drill-chaos pods), block or remove the source (security group rule or delete the pods); if the primary stays unresponsive, fail over to the replica or create a fresh cluster and point match-scoring at it (the cache can be rebuilt).",
    "Do not restart all match-scoring pods while Redis is saturated: the reconnect storm makes it worse. If any action raises latency further, roll it back before trying the next thing.",
    "Escalate by minute 10 without a clear lead: match team seniors for the fallback flag, SRE for ElastiCache access and the security group.",
    "Verify: matches/min and wait p95 back to baseline for 5 minutes, then turn the full scorer back on.",
    "Root cause afterwards: an unbounded client flooded the shared primary up to maxclients. Follow-ups: ElastiCache metrics in Grafana next to match-scoring, tighter security groups, scorer circuit breaker with automatic fallback, connection limits per client.",
  ],
  successCriteria: [
    { milestone: "acknowledged", withinMinutes: 5 },
    { milestone: "escalated", withinMinutes: 10 },
    { milestone: "mitigated", withinMinutes: 30 },
  ],
  objectives: [
    {
      id: "detect",
      name: "Detect and state the impact",
      description:
        "Acknowledge the match trend and state the impact from business metrics (matches/min, match wait p95, match success ratio); each owner says plainly whether their component is fine.",
      milestones: ["acknowledged", "impact_identified"],
    },
    {
      id: "escalate",
      name: "Escalate early",
      description:
        "By minute 10 without a clear lead: match team seniors for the fallback flag, SRE for ElastiCache access and the security group.",
      milestones: ["escalated"],
    },
    {
      id: "mitigate",
      name: "Keep users matching",
      description:
        "Switch match-server to degraded scoring (or skip the cache) first, then relieve Redis by removing the flooding client or failing over, without a reconnect storm of restarted scorers.",
      milestones: ["mitigation_started", "mitigated"],
    },
    {
      id: "diagnose",
      name: "Explain the root cause",
      description:
        "An unbounded client flooded the shared match-profile-cache primary up to maxclients; CloudWatch and CLIENT LIST show who is connected.",
      milestones: ["root_cause_identified"],
    },
  ],
};
