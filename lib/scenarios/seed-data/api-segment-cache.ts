import type { ScenarioDefinitionInput } from "../schemas";

const TOXIPROXY = "http://toxiproxy.stage.internal:8474/proxies/user-segment-cache";
// Toxiproxy ignores these; they tag the request in its logs with the drill that sent it.
const DRILL_HEADERS = { "X-Drillroom-Drill": "{{drill.id}}", "X-Drillroom-Step": "{{step.id}}/{{step.phase}}" };

export const apiSegmentCacheOutage: ScenarioDefinitionInput = {
  schemaVersion: 2,
  title: "API-wide outage: UserSegmentCache Redis network failure exhausts API threads",
  publicTitle: "API errors and login failures",
  summary:
    "Login and almost every API call slow down, then fail with 5xx, and matching collapses because clients cannot get past the API. The api-server pods are up and pass liveness checks, but every request thread is busy. Nothing was deployed and the UserSegmentCache Redis cluster itself looks idle, not overloaded.",
  tags: ["redis", "elasticache", "network", "thread-pool", "api", "stage"],
  difficulty: "advanced",
  components: ["api-server", "redis-user-segment-cache", "match-server"],
  environment: { name: "stage", protected: false },
  timeBoxMinutes: 45,
  designers: ["API team senior engineer (scenario designer)", "SRE engineer (injection and facilitation)"],
  briefing:
    "Stage is running production-like synthetic traffic (k6). A few minutes ago PagerDuty paged the API on-call: the api-server 5xx ratio and latency are climbing and login success is dropping. The incident bot has opened this channel. The API team's newest engineer is the active responder; the rest of the API team, the match team and SRE can be escalated to. Restore service first, then explain what happened.",
  rootCause:
    "The network path between api-server and the UserSegmentCache ElastiCache (Redis) cluster is black-holed: packets are silently dropped, so connections hang instead of being refused. Every config lookup that depends on a user's Segment reads UserSegmentCache; the read fails and returns null, so api-server recomputes the UserSegment synchronously on the request thread and then tries to write it back with a blocking SET that has a 1 s timeout. The write always times out, and with no circuit breaker or separate thread pool, each request holds a Tomcat worker for GET timeout + recomputation + 1 s. The 200-thread pool saturates within minutes, requests queue, and the whole API (login included) fails. The Redis cluster itself is healthy: CPU is low and its connection count falls because traffic never reaches it.",
  expectedImpact:
    "Within ~8 minutes of the black-hole: api-server 5xx ratio above 20%, login success below 50%, matches/min down ~75% because match requests cannot get through the API. All 24 api-server pods stay Ready with low CPU; UserSegmentCache shows falling connections and idle CPU.",
  injections: [
    {
      id: "inj-degrade-segment-cache",
      name: "Degrade the api-server -> UserSegmentCache path (intermittent latency)",
      action: {
        kind: "webhook",
        method: "POST",
        url: `${TOXIPROXY}/toxics`,
        headers: { "Content-Type": "application/json", ...DRILL_HEADERS },
        body: '{"name": "segcache-slow", "type": "latency", "stream": "downstream", "toxicity": 0.5, "attributes": {"latency": 900, "jitter": 300}}',
        timeoutSeconds: 10,
      },
      rollback: {
        kind: "webhook",
        method: "DELETE",
        url: `${TOXIPROXY}/toxics/segcache-slow`,
        headers: DRILL_HEADERS,
        body: "",
        timeoutSeconds: 10,
      },
    },
    {
      id: "inj-blackhole-segment-cache",
      name: "Black-hole all traffic to UserSegmentCache",
      action: {
        kind: "manual",
        instructions:
          "About 3 minutes after the first step: `toxiproxy-cli toxic add -t timeout -a timeout=0 -n segcache-blackhole user-segment-cache` (timeout=0 drops all data and never closes the connection, so clients hang until their own timeouts, like dropped packets on a broken network path).\nExpect Tomcat busy threads 200/200 and the 5xx ratio > 20% within 5 minutes. Do NOT touch the security group or the cluster: that failure is too easy to spot.",
      },
      rollback: {
        kind: "manual",
        instructions:
          "`toxiproxy-cli toxic remove -n segcache-blackhole user-segment-cache`, then remove `segcache-slow` if it is still there; `toxiproxy-cli inspect user-segment-cache` must show no toxics.\nIf api-server does not recover within 3 minutes (threads stay stuck), run `kubectl -n stage rollout restart deploy/api-server` and wait for busy threads < 30%.",
      },
    },
  ],
  expectedSignals: [
    { id: "sig-api-threads", signal: "api-server Tomcat busy threads (tomcat_threads_busy / max) climb to 200/200 on most pods while CPU stays near 20%", direction: "up", dashboardUrl: "https://grafana.stage.internal/d/api-jvm/api-server-jvm-and-threads" },
    { id: "sig-api-5xx", signal: "api-server 5xx ratio and p99 latency, led by POST /v1/auth/login and GET /v1/configs", direction: "up", dashboardUrl: "https://grafana.stage.internal/d/api-overview/azar-api-overview" },
    { id: "sig-login-success", signal: "Login success rate and matches/min (business metrics)", direction: "down", dashboardUrl: "https://grafana.stage.internal/d/biz-core/azar-business-core" },
    { id: "sig-segcache-timeouts", signal: "Lettuce command timeouts for client user-segment-cache and user_segment_recompute_total", direction: "appears", dashboardUrl: "https://grafana.stage.internal/d/api-redis/api-server-redis-clients" },
    { id: "sig-segcache-connections", signal: "ElastiCache user-segment-cache CurrConnections (CloudWatch) fall as traffic stops reaching the cluster", direction: "down", dashboardUrl: "https://grafana.stage.internal/d/elasticache/elasticache-cloudwatch" },
  ],
  alerts: [
    { id: "alert-api-latency", offsetMinutes: 2, relativeTo: "inj-degrade-segment-cache", source: "grafana", severity: "warning", title: "[Warning] api-server: p99 latency > 1s for 2m", body: "api-server (stage, all pods)\np99 latency: 2.31s (threshold 1s)\np50 latency: 180ms\nrequests/s: 4,120\nDashboard: Azar API / Overview" },
    { id: "alert-api-5xx", offsetMinutes: 2, relativeTo: "inj-blackhole-segment-cache", source: "pagerduty", severity: "critical", title: "[P1] api-server: 5xx ratio > 5% for 3m", body: "Triggered: api-server 5xx ratio 14.8% (threshold 5%)\nTop failing routes: POST /v1/auth/login (41%), GET /v1/configs (38%), POST /v1/match/request (12%)\nPods Ready: 24/24\nEscalation policy: API on-call -> API team -> SRE" },
    { id: "alert-api-threads", offsetMinutes: 5, relativeTo: "inj-blackhole-segment-cache", source: "grafana", severity: "high", title: "[High] api-server: Tomcat busy threads >= 95% of max for 3m", body: "tomcat_threads_busy / tomcat_threads_config_max: 200/200 on 22 of 24 pods\nrequest queue wait p95: 7.4s\nJVM heap: 58%, GC pause p99: 40ms\nCPU: 21% avg" },
    { id: "alert-match-trend", offsetMinutes: 10, relativeTo: "start", source: "custom", severity: "high", title: "Match trend: successful matches/min down 78% vs same time last week", body: "Global matches/min: 312 (expected 1,420 +/- 10%)\nMatch requests reaching match-server: -74%\nAll regions affected equally" },
    { id: "alert-segment-timeouts", offsetMinutes: 18, relativeTo: "start", source: "grafana", severity: "warning", title: "[Warning] api-server: Redis command timeouts on user-segment-cache > 50/s", body: "lettuce_command_timeouts_total{client=\"user-segment-cache\"}: 1,930/min\nuser_segment_recompute_total: 18,400/min (baseline 40/min)\nElastiCache user-segment-cache-001: EngineCPU 3%, CurrConnections 212 (baseline 1,150)", unlessMilestone: "impact_identified" },
  ],
  hints: [
    { id: "hint-blocked-on-io", text: "What are requests actually waiting on? Threads are busy but CPU is low and pods are healthy, so they are blocked on I/O. Check which downstream calls got slower.", offsetMinutes: 12, release: "manual" },
    { id: "hint-segment-path", text: "Look at the Redis client metrics per cache client in api-server: one cache client has a very different timeout rate from the others, and the UserSegment recomputation counter jumped.", offsetMinutes: 20, release: "at_offset" },
    { id: "hint-cut-dependency", text: "You do not need to fix the cache to restore the API. The UserSegmentCache is only an optimisation: can api-server stop writing to it and serve config lookups without it?", offsetMinutes: 28, release: "at_offset_unless_milestone", unlessMilestone: "mitigated" },
  ],
  modelAnswer: [
    "Declare the incident (bot), SRE takes incident command; state the customer impact from business metrics first: login success rate, API success ratio, matches/min.",
    "Each owner says loudly whether their component is fine: match-server and recommendation owners confirm their own metrics are healthy and that they only see less traffic, which narrows the problem to api-server.",
    "api-server responder: pods are Ready, CPU low, busy threads 200/200, so threads are blocked on a dependency. Thread dumps or Redis client metrics show them stuck in the UserSegmentCache GET/SET path.",
    "Mitigate by cutting the dependency: set the runtime flag that bypasses UserSegmentCache (skip the read and the write-back, compute the segment in memory or serve the default segment) and lower the cache command timeout to ~50 ms. Priority is that login and config lookups work, even without personalised segments.",
    "Only after the dependency is cut, do a rolling restart of api-server to free stuck threads. Restarting first only buys a few minutes before the pool fills again, and if a restart or scale-out makes things worse, roll it back before trying anything else.",
    "Escalate by minute 10 if there is no clear direction: API team seniors for the segment code path, SRE for the network/ElastiCache view. Alternative mitigation: point api-server at a fresh empty cache cluster, since the cache can be rebuilt.",
    "Verify recovery: 5xx < 1%, busy threads < 50%, login success and matches/min back to baseline for 5 minutes, then call it mitigated.",
    "Root cause (after mitigation): the network path to UserSegmentCache drops packets; the cluster itself is idle. The design flaw is the synchronous recompute plus blocking 1 s SET on request threads with no circuit breaker. Follow-ups: circuit breaker and bulkhead for the cache, async fire-and-forget write-back, short timeouts, ElastiCache metrics in Grafana next to api-server.",
  ],
  successCriteria: [
    { milestone: "acknowledged", withinMinutes: 5 },
    { milestone: "escalated", withinMinutes: 10 },
    { milestone: "impact_identified", withinMinutes: 15 },
    { milestone: "mitigated", withinMinutes: 30 },
  ],
  objectives: [
    {
      id: "detect",
      name: "Detect and state the impact",
      description:
        "Acknowledge the page and state the customer impact from business metrics (login success, API success ratio, matches/min) before digging into components.",
      milestones: ["acknowledged", "impact_identified"],
    },
    {
      id: "escalate",
      name: "Escalate early",
      description:
        "With no clear direction by minute 10, bring in the API team seniors for the segment code path and SRE for the network and ElastiCache view.",
      milestones: ["escalated"],
    },
    {
      id: "mitigate",
      name: "Restore the API by cutting the dependency",
      description:
        "Bypass UserSegmentCache (runtime flag, short command timeout) before restarting api-server, so login and config lookups work again even without personalised segments.",
      milestones: ["mitigation_started", "mitigated"],
    },
    {
      id: "diagnose",
      name: "Explain the root cause",
      description:
        "After mitigation: the network path to UserSegmentCache drops packets, and the synchronous recompute with a blocking SET and no circuit breaker holds every request thread.",
      milestones: ["root_cause_identified"],
    },
  ],
};
