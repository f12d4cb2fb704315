// Reference scenarios from Hyperconnect's first SRE incident drill on Azar (reference/000_b9a8bde1cd51a69c.txt).
import type { ScenarioDefinitionInput } from "./schemas";

export const referenceScenarios: ScenarioDefinitionInput[] = [
  {
    title: "API-wide outage: UserSegmentCache Redis network failure exhausts API threads",
    summary:
      "Login and almost every API call slow down, then fail with 5xx, and matching collapses because clients cannot get past the API. The api-server pods are up and pass liveness checks, but every request thread is busy. Nothing was deployed and the UserSegmentCache Redis cluster itself looks idle, not overloaded.",
    components: ["api-server", "redis-user-segment-cache", "match-server"],
    tags: ["redis", "elasticache", "network", "thread-pool", "api", "stage"],
    timeBoxMinutes: 45,
    briefing:
      "Stage is running production-like synthetic traffic (k6). A few minutes ago PagerDuty paged the API on-call: the api-server 5xx ratio and latency are climbing and login success is dropping. The incident bot has opened this channel. The API team's newest engineer is the active responder; the rest of the API team, the match team and SRE can be escalated to. Restore service first, then explain what happened.",
    rootCause:
      "The network path between api-server and the UserSegmentCache ElastiCache (Redis) cluster is black-holed: packets are silently dropped, so connections hang instead of being refused. Every config lookup that depends on a user's Segment reads UserSegmentCache; the read fails and returns null, so api-server recomputes the UserSegment synchronously on the request thread and then tries to write it back with a blocking SET that has a 1 s timeout. The write always times out, and with no circuit breaker or separate thread pool, each request holds a Tomcat worker for GET timeout + recomputation + 1 s. The 200-thread pool saturates within minutes, requests queue, and the whole API (login included) fails. The Redis cluster itself is healthy: CPU is low and its connection count falls because traffic never reaches it.",
    injections: [
      {
        id: "inj-degrade-segment-cache",
        name: "Degrade the api-server -> UserSegmentCache path (intermittent latency)",
        instructions:
          "Prerequisite: in stage, api-server reaches UserSegmentCache through the Toxiproxy proxy `user-segment-cache` (listen 0.0.0.0:16379, upstream user-segment-cache.stage.internal:6379); check with `toxiproxy-cli list` and confirm a normal k6 baseline (5xx < 0.5%, busy threads < 30%) for 5 minutes.\nInject: `toxiproxy-cli toxic add -t latency -a latency=900 -a jitter=300 --toxicity 0.5 -n segcache-slow user-segment-cache`. Expect api-server p99 to rise to 1.5-2.5 s and busy threads to climb to ~60% within 3 minutes.\nUndo: `toxiproxy-cli toxic remove -n segcache-slow user-segment-cache`.",
      },
      {
        id: "inj-blackhole-segment-cache",
        name: "Black-hole all traffic to UserSegmentCache",
        instructions:
          "About 3 minutes after the first step: `toxiproxy-cli toxic add -t timeout -a timeout=0 -n segcache-blackhole user-segment-cache` (timeout=0 drops all data and never closes the connection, so clients hang until their own timeouts, like dropped packets on a broken network path). Expect Tomcat busy threads 200/200 and the 5xx ratio > 20% within 5 minutes. Do NOT touch the security group or the cluster: that failure is too easy to spot.\nUndo: `toxiproxy-cli toxic remove -n segcache-blackhole user-segment-cache`, then remove `segcache-slow` if it is still there; `toxiproxy-cli inspect user-segment-cache` must show no toxics. If api-server does not recover within 3 minutes, run `kubectl -n stage rollout restart deploy/api-server`.",
      },
    ],
    alerts: [
      { id: "alert-api-latency", offsetMinutes: 2, source: "grafana", severity: "warning", title: "[Warning] api-server: p99 latency > 1s for 2m", body: "api-server (stage, all pods)\np99 latency: 2.31s (threshold 1s)\np50 latency: 180ms\nrequests/s: 4,120\nDashboard: Azar API / Overview" },
      { id: "alert-api-5xx", offsetMinutes: 5, source: "pagerduty", severity: "critical", title: "[P1] api-server: 5xx ratio > 5% for 3m", body: "Triggered: api-server 5xx ratio 14.8% (threshold 5%)\nTop failing routes: POST /v1/auth/login (41%), GET /v1/configs (38%), POST /v1/match/request (12%)\nPods Ready: 24/24\nEscalation policy: API on-call -> API team -> SRE" },
      { id: "alert-api-threads", offsetMinutes: 8, source: "grafana", severity: "high", title: "[High] api-server: Tomcat busy threads >= 95% of max for 3m", body: "tomcat_threads_busy / tomcat_threads_config_max: 200/200 on 22 of 24 pods\nrequest queue wait p95: 7.4s\nJVM heap: 58%, GC pause p99: 40ms\nCPU: 21% avg" },
      { id: "alert-match-trend", offsetMinutes: 10, source: "custom", severity: "high", title: "Match trend: successful matches/min down 78% vs same time last week", body: "Global matches/min: 312 (expected 1,420 +/- 10%)\nMatch requests reaching match-server: -74%\nAll regions affected equally" },
      { id: "alert-segment-timeouts", offsetMinutes: 18, source: "grafana", severity: "warning", title: "[Warning] api-server: Redis command timeouts on user-segment-cache > 50/s", body: "lettuce_command_timeouts_total{client=\"user-segment-cache\"}: 1,930/min\nuser_segment_recompute_total: 18,400/min (baseline 40/min)\nElastiCache user-segment-cache-001: EngineCPU 3%, CurrConnections 212 (baseline 1,150)" },
    ],
    hints: [
      { id: "hint-blocked-on-io", text: "What are requests actually waiting on? Threads are busy but CPU is low and pods are healthy, so they are blocked on I/O. Check which downstream calls got slower.", offsetMinutes: 12 },
      { id: "hint-segment-path", text: "Look at the Redis client metrics per cache client in api-server: one cache client has a very different timeout rate from the others, and the UserSegment recomputation counter jumped.", offsetMinutes: 20 },
      { id: "hint-cut-dependency", text: "You do not need to fix the cache to restore the API. The UserSegmentCache is only an optimisation: can api-server stop writing to it and serve config lookups without it?", offsetMinutes: 28 },
    ],
    modelAnswer: [
      "1. Declare the incident (bot), SRE takes incident command; state the customer impact from business metrics first: login success rate, API success ratio, matches/min.",
      "2. Each owner says loudly whether their component is fine: match-server and recommendation owners confirm their own metrics are healthy and that they only see less traffic, which narrows the problem to api-server.",
      "3. api-server responder: pods are Ready, CPU low, busy threads 200/200, so threads are blocked on a dependency. Thread dumps or Redis client metrics show them stuck in the UserSegmentCache GET/SET path.",
      "4. Mitigate by cutting the dependency: set the runtime flag that bypasses UserSegmentCache (skip the read and the write-back, compute the segment in memory or serve the default segment) and lower the cache command timeout to ~50 ms. Priority is that login and config lookups work, even without personalised segments.",
      "5. Only after the dependency is cut, do a rolling restart of api-server to free stuck threads. Restarting first only buys a few minutes before the pool fills again, and if a restart or scale-out makes things worse, roll it back before trying anything else.",
      "6. Escalate by minute 10 if there is no clear direction: API team seniors for the segment code path, SRE for the network/ElastiCache view. Alternative mitigation: point api-server at a fresh empty cache cluster, since the cache can be rebuilt.",
      "7. Verify recovery: 5xx < 1%, busy threads < 50%, login success and matches/min back to baseline for 5 minutes, then call it mitigated.",
      "8. Root cause (after mitigation): the network path to UserSegmentCache drops packets; the cluster itself is idle. The design flaw is the synchronous recompute plus blocking 1 s SET on request threads with no circuit breaker. Follow-ups: circuit breaker and bulkhead for the cache, async fire-and-forget write-back, short timeouts, ElastiCache metrics in Grafana next to api-server.",
    ].join("\n"),
  },
  {
    title: "Matching slowdown: match-profile Redis overload starves match scoring",
    summary:
      "Users wait longer and longer in the match pool and many give up; matches/min falls while match requests stay normal. match-server and match-scoring pods are healthy and nothing was deployed, but score responses arrive too late for the matching round. The slowdown gets worse over time until matching almost stops.",
    components: ["match-server", "match-scoring", "redis-match-profile-cache", "api-server"],
    tags: ["redis", "elasticache", "capacity", "latency", "matching", "stage"],
    timeBoxMinutes: 45,
    briefing:
      "Stage is running production-like synthetic traffic. The match trend alert fired: successful matches are dropping and average match wait time is rising. The incident bot has opened this channel. The match team's newest engineer is the active responder; the match team, the scoring owners and SRE can be escalated to. Keep users matching first, then find out why.",
    rootCause:
      "The primary node of the match-profile-cache ElastiCache (Redis) cluster, which match-scoring uses to read the profiles of users waiting in the match pool, is being flooded by an unknown client in the VPC. Load ramps gradually (command latency p99 goes from ~1 ms to 50 ms+, EngineCPUUtilization reaches 100%), then the connection count hits maxclients and the primary stops accepting new connections. match-scoring cannot fetch profiles in time, misses its 300 ms scoring deadline, and match-server drops candidate pairs for that round, so wait times grow and matches fail. match-server, match-scoring and the network are otherwise healthy.",
    injections: [
      {
        id: "inj-ramp-redis-load",
        name: "Ramp read/write load on the match-profile-cache primary",
        instructions:
          "From the chaos namespace (not a match team namespace, so the source is not obvious): `kubectl -n drill-chaos run redis-load --image=redislabs/memtier_benchmark --restart=Never -- memtier_benchmark -s match-profile-cache-001.stage.internal -p 6379 --protocol=redis -t 8 -c 25 --ratio=1:4 --data-size=16384 --key-pattern=R:R --pipeline=16 --test-time=2700`.\nEvery 3 minutes, delete and recreate the pod with a higher -c (25 -> 50 -> 100) until match-scoring Redis p99 exceeds 50 ms and score timeouts exceed 10%. Expect matches/min -30% within ~8 minutes.\nUndo: `kubectl -n drill-chaos delete pod redis-load --now`.",
      },
      {
        id: "inj-flood-connections",
        name: "Exhaust connections so the primary refuses new clients",
        instructions:
          "About 12 minutes in: `kubectl -n drill-chaos run redis-flood --image=redislabs/memtier_benchmark --restart=Never -- memtier_benchmark -s match-profile-cache-001.stage.internal -p 6379 --protocol=redis -t 32 -c 2000 --ratio=0:1 --key-pattern=R:R --test-time=2700` (~64,000 connections, close to ElastiCache maxclients 65,000). Expect CurrConnections ~64k, new connections refused, match-scoring pods logging connection errors and matches/min -80%.\nUndo: `kubectl -n drill-chaos delete pod redis-flood redis-load --now`; confirm CurrConnections and EngineCPU are back to baseline in CloudWatch. If the primary is still unresponsive after 3 minutes: `aws elasticache test-failover --replication-group-id match-profile-cache --node-group-id 0001`.",
      },
    ],
    alerts: [
      { id: "alert-scoring-redis-latency", offsetMinutes: 3, source: "grafana", severity: "warning", title: "[Warning] match-scoring: Redis GET p99 > 20ms for 3m", body: "redis_command_duration_seconds{cmd=\"GET\",cache=\"match-profile\"} p99: 34ms (baseline 1.2ms)\nmatch-scoring pods Ready: 12/12\nCPU: 35% avg" },
      { id: "alert-match-trend", offsetMinutes: 7, source: "custom", severity: "high", title: "Match trend: successful matches/min down 41% vs 1h ago", body: "Global matches/min: 830 (expected 1,410 +/- 10%)\nAvg match wait: 27.5s (baseline 6.1s)\nMatch requests/min: 9,870 (normal)" },
      { id: "alert-scoring-timeouts", offsetMinutes: 10, source: "grafana", severity: "high", title: "[High] match-server: score request timeout rate > 10% for 5m", body: "score_request_timeouts / score_requests: 23.4% (deadline 300ms)\nmatching round duration p95: 2.8s (target 1s)\nmatch pool size: 18,400 (baseline 6,200)" },
      { id: "alert-match-wait-page", offsetMinutes: 14, source: "pagerduty", severity: "critical", title: "[P1] match-server: match wait p95 > 30s for 5m", body: "Triggered: match wait p95 = 64s (threshold 30s)\nMatch success ratio: 18%\nEscalation policy: Match on-call -> Match team -> SRE" },
      { id: "alert-redis-connections", offsetMinutes: 22, source: "grafana", severity: "critical", title: "[Critical] ElastiCache match-profile-cache-001: CurrConnections > 60,000", body: "CurrConnections: 64,870 (baseline 1,900)\nEngineCPUUtilization: 99%\nNewConnections: 12,400/min\nmatch-scoring: 'ERR max number of clients reached' 3,100/min" },
    ],
    hints: [
      { id: "hint-scoring-deps", text: "match-scoring pods look healthy, but what does a single score request depend on? Compare each dependency's latency with an hour ago.", offsetMinutes: 15 },
      { id: "hint-redis-clients", text: "Check the ElastiCache metrics for match-profile-cache in CloudWatch, not only the client-side view. Who is connected to the primary? `CLIENT LIST` grouped by addr is revealing.", offsetMinutes: 24 },
      { id: "hint-keep-matching", text: "Matching with a slightly worse score is better than not matching at all. Is there a way for match-server to stop waiting on the scorer?", offsetMinutes: 30 },
    ],
    modelAnswer: [
      "1. Declare the incident; SRE as incident commander states the impact from business metrics: matches/min, match wait p95, match success ratio.",
      "2. api-server owner says loudly that the API is fine (request rate and 5xx normal); match-server shows normal request input but rounds timing out waiting for scores, which points at match-scoring.",
      "3. match-scoring: pods and CPU are fine, Redis command latency and timeouts are up, so the profile cache is the bottleneck.",
      "4. Mitigate first: switch match-server to degraded scoring (runtime flag for the fallback/heuristic score on scorer timeout), or make match-scoring skip the cache and use the default profile features. Users keep matching with lower quality while Redis is fixed.",
      "5. Relieve Redis: in CloudWatch/`CLIENT LIST`, find the unexpected client addresses (drill-chaos pods), block or remove the source (security group rule or delete the pods); if the primary stays unresponsive, fail over to the replica or create a fresh cluster and point match-scoring at it (the cache can be rebuilt).",
      "6. Do not restart all match-scoring pods while Redis is saturated: the reconnect storm makes it worse. If any action raises latency further, roll it back before trying the next thing.",
      "7. Escalate by minute 10 without a clear lead: match team seniors for the fallback flag, SRE for ElastiCache access and the security group.",
      "8. Verify: matches/min and wait p95 back to baseline for 5 minutes, then turn the full scorer back on.",
      "9. Root cause afterwards: an unbounded client flooded the shared primary up to maxclients. Follow-ups: ElastiCache metrics in Grafana next to match-scoring, tighter security groups, scorer circuit breaker with automatic fallback, connection limits per client.",
    ].join("\n"),
  },
  {
    title: "Matches vanish: matching threshold set too strict at runtime in the config server",
    summary:
      "Matches/min drops sharply while users pile up in the match pool and client retries push request traffic up. Every service is up, nothing was deployed and infrastructure metrics look normal. Without knowing how the matching algorithm is configured, responders go looking for a deployment or infrastructure cause that isn't there.",
    components: ["config-server", "match-server", "recommendation-ai", "api-server"],
    tags: ["config", "runtime-config", "matching", "ml", "stage"],
    timeBoxMinutes: 40,
    briefing:
      "Stage is running production-like synthetic traffic. The match trend alert fired: successful matches are falling fast and the match pool keeps growing. The incident bot has opened this channel. The matching/recommendation team's newest engineer is the active responder; the matching team, the AI team and SRE can be escalated to. Get users matching again, then explain why.",
    rootCause:
      "In config-server namespace `matching-algorithm`, `match.quality.minCompatibilityScore` was changed at runtime from 0.42 to 0.98 and `match.quality.maxWaitForBetterMatchMs` from 8000 to 600000. No code or infrastructure changed. recommendation-ai now rejects almost every candidate pair as not compatible enough, and match-server keeps users waiting for a better match that never comes, so matches collapse, the match pool grows without limit, and client retries of match requests put extra load on api-server and match-server. The change is visible in the config-server audit log.",
    injections: [
      {
        id: "inj-raise-threshold",
        name: "Set the compatibility threshold far too high",
        instructions:
          "First record the current values: `curl -s https://config-server.stage.internal/api/v1/namespaces/matching-algorithm/keys/match.quality.minCompatibilityScore` (expected 0.42).\nInject: `curl -X PUT https://config-server.stage.internal/api/v1/namespaces/matching-algorithm/keys/match.quality.minCompatibilityScore -H 'Content-Type: application/json' -d '{\"value\": 0.98, \"comment\": \"quality experiment QX-112\"}'`. Clients pick it up within ~60 s (check config version in match-server logs). Expect candidate rejection ratio > 95% and matches/min -60% within 5 minutes.\nUndo: PUT the recorded value back (0.42) with comment \"drill rollback\", or use config-server history -> revert to the previous version; confirm match-server reports the new config version.",
      },
      {
        id: "inj-extend-wait",
        name: "Let users wait almost forever for a better match",
        instructions:
          "Right after the first step: `curl -X PUT https://config-server.stage.internal/api/v1/namespaces/matching-algorithm/keys/match.quality.maxWaitForBetterMatchMs -H 'Content-Type: application/json' -d '{\"value\": 600000, \"comment\": \"quality experiment QX-112\"}'` (expected previous value 8000). Expect match pool size x3 within 10 minutes and match request retries raising api-server traffic by ~2x.\nUndo: PUT 8000 back (or revert in config-server history); the pool drains within ~2 minutes. If api-server or match-server pods were scaled during the drill, scale them back to the stage defaults.",
      },
    ],
    alerts: [
      { id: "alert-match-trend", offsetMinutes: 4, source: "custom", severity: "high", title: "Match trend: successful matches/min down 63% vs 1h ago", body: "Global matches/min: 520 (expected 1,400 +/- 10%)\nAvg match wait: 48s (baseline 6s)\nMatch requests/min: 14,900 (+51%)" },
      { id: "alert-pool-size", offsetMinutes: 8, source: "grafana", severity: "warning", title: "[Warning] match-server: match pool size > 3x baseline for 5m", body: "match_pool_waiting_users: 21,700 (baseline 6,300)\nmatching round duration p95: 0.9s (normal)\nmatch-server pods Ready: 16/16, CPU 48%" },
      { id: "alert-match-wait-page", offsetMinutes: 12, source: "pagerduty", severity: "critical", title: "[P2] match-server: avg match wait > 45s for 5m", body: "Triggered: avg match wait = 71s (threshold 45s)\nMatch success ratio: 9%\nLast deploy of match-server: 3 days ago\nEscalation policy: Match on-call -> Match team -> SRE" },
      { id: "alert-api-match-requests", offsetMinutes: 16, source: "grafana", severity: "warning", title: "[Warning] api-server: POST /v1/match/request rate > 2x baseline", body: "POST /v1/match/request: 410 req/s (baseline 190 req/s)\nretry share: 62%\napi-server 5xx ratio: 1.8%" },
      { id: "alert-rejection-ratio", offsetMinutes: 22, source: "grafana", severity: "warning", title: "[Warning] recommendation-ai: candidate rejection ratio > 90%", body: "candidate_pairs_rejected / candidate_pairs_scored: 99.2% (baseline 38%)\nscore distribution p50: 0.61 (unchanged)\ninference latency p99: 41ms (normal)" },
    ],
    hints: [
      { id: "hint-what-changed", text: "No deploy, no infrastructure event. What else can change the system's behaviour without a deployment?", offsetMinutes: 14 },
      { id: "hint-scores-vs-decisions", text: "The score distribution coming out of recommendation-ai is unchanged, but the decisions made with those scores are not. Where does the cut-off come from?", offsetMinutes: 22 },
      { id: "hint-audit-log", text: "Check the config-server audit log for the matching-algorithm namespace over the last hour.", offsetMinutes: 30 },
    ],
    modelAnswer: [
      "1. Declare the incident; SRE as incident commander states the impact: matches/min, match wait, match success ratio.",
      "2. Every owner reports its component state quickly and plainly: api-server fine apart from retry traffic, match-server pods and round latency fine, recommendation-ai inference latency and score distribution fine. Nothing is broken, so the behaviour changed.",
      "3. Ask 'what changed?' in order: deployments (none), infrastructure (none), runtime configuration: the config-server audit log shows matching-algorithm keys changed minutes before the drop.",
      "4. Mitigate: revert the changed keys to the last known good version in config-server (roll back first, question the experiment later) and confirm clients picked up the new config version.",
      "5. If the retry backlog is still hurting api-server/match-server, scale them temporarily or expire stale pool entries until the pool drains.",
      "6. Escalate early to the recommendation-AI owner if nobody in the room knows how the threshold and max wait interact; do not spend the time box reverse-engineering the algorithm alone.",
      "7. Verify: rejection ratio back near 40%, pool size and wait time at baseline, matches/min recovered for 5 minutes.",
      "8. Root cause and follow-ups: a runtime config with no validation range and no review. Add bounds on matching keys, approval for production matching config, config-change annotations on the match dashboards, and an alert on rejection ratio.",
    ].join("\n"),
  },
  {
    title: "Service-wide outage: loss of an entire availability zone",
    summary:
      "Login, API calls and matching fail broadly and all at once across many services. Kubernetes still shows many pods as Running, dashboards have gaps, and cross-zone calls time out. Databases, caches and Kafka behave strangely even where they are spread across zones.",
    components: ["api-server", "match-server", "match-scoring", "recommendation-ai", "rds-main", "elasticache-clusters", "kafka-stage", "eks-stage"],
    tags: ["az-outage", "aws", "fis", "multi-az", "quorum", "kubernetes", "stage"],
    timeBoxMinutes: 60,
    briefing:
      "Stage is running production-like synthetic traffic. Several pages fired within a minute of each other: API errors, login failures and a match collapse. The incident bot has opened this channel and invited the on-calls of the API, match and AI teams plus SRE. Each team's newest engineer is the active responder for their area; SRE commands the incident. Restore login and matching as fast as possible.",
    rootCause:
      "Availability zone ap-northeast-2a of the stage VPC is down (simulated with an AWS FIS AZ power-interruption experiment built from the Resilience Hub / FIS scenario template). All subnets in 2a lose connectivity, EKS worker nodes in 2a stop, ElastiCache and RDS nodes in 2a become unreachable, and cross-AZ traffic into 2a fails. Kubelets in 2a cannot report, so pods there still look Running until eviction. Multi-AZ data stores fail over unevenly, leaving primaries in different AZs, and quorum-based components (the stage Kafka cluster and its ZooKeeper/KRaft quorum) lose quorum. No single service is broken: everything that depended on 2a capacity or on cross-AZ primaries degrades together.",
    injections: [
      {
        id: "inj-fis-az-power",
        name: "Start the FIS AZ power-interruption experiment for ap-northeast-2a",
        instructions:
          "Pre-check: stage has a stop-condition CloudWatch alarm and the experiment template targets only resources tagged env=stage. Template actions (duration 45m): `aws:network:disrupt-connectivity` (scope all) on the stage subnets in ap-northeast-2a; `aws:ec2:stop-instances` (start after duration) on EKS nodes in 2a; `aws:elasticache:replicationgroup-interrupt-az-power` on stage replication groups; `aws:rds:failover-db-cluster` on rds-main.\nInject: `aws fis start-experiment --experiment-template-id <stage-az-2a-power-interruption> --tags drill=az-outage` and note the experiment id. Expect 5xx > 20%, login success < 60% and matches/min -70% within 3 minutes.\nUndo: `aws fis stop-experiment --id <experiment-id>` (restores network ACLs, restarts stopped instances). Then verify: all nodes Ready, ASGs rebalanced, ElastiCache/RDS replicas in sync, Kafka under-replicated partitions = 0; uncordon any nodes cordoned during the drill.",
      },
    ],
    alerts: [
      { id: "alert-api-5xx", offsetMinutes: 1, source: "pagerduty", severity: "critical", title: "[P1] api-server: 5xx ratio > 5% for 1m", body: "Triggered: api-server 5xx ratio 27.3% (threshold 5%)\nUpstream connect errors: 8,900/min\nPods Running: 24/24 (Ready: 16/24)\nEscalation policy: API on-call -> API team -> SRE" },
      { id: "alert-login-success", offsetMinutes: 2, source: "grafana", severity: "critical", title: "[Critical] Login success rate < 80% for 2m", body: "login_success / login_attempts: 52% (baseline 99.1%)\nTop errors: DB connection timeout (44%), upstream timeout (37%)" },
      { id: "alert-match-trend", offsetMinutes: 3, source: "custom", severity: "high", title: "Match trend: successful matches/min down 74% vs 1h ago", body: "Global matches/min: 370 (expected 1,420 +/- 10%)\nAvg match wait: 39s (baseline 6s)\nscore request timeout rate: 31%" },
      { id: "alert-kafka-offline", offsetMinutes: 7, source: "grafana", severity: "high", title: "[High] kafka-stage: offline partitions > 0", body: "OfflinePartitionsCount: 18\nUnderReplicatedPartitions: 312\nActive controller: flapping (4 changes in 5m)\nBrokers reachable: 4/6" },
      { id: "alert-nodes-notready", offsetMinutes: 12, source: "grafana", severity: "warning", title: "[Warning] eks-stage: 18 nodes NotReady", body: "kube_node_status_condition{condition=\"Ready\",status=\"true\"} == 0 for 18/54 nodes\nAll NotReady nodes: topology.kubernetes.io/zone=ap-northeast-2a\nPods still reported Running on NotReady nodes: 410" },
    ],
    hints: [
      { id: "hint-business-metrics", text: "Kubernetes may be telling you everything is Running. Trust the business metrics and the error shapes instead: what do the failing requests have in common?", offsetMinutes: 10 },
      { id: "hint-zone-label", text: "Group failing pods, nodes and data-store endpoints by availability zone.", offsetMinutes: 18 },
      { id: "hint-primaries-quorum", text: "With inter-AZ traffic broken, where are the RDS and ElastiCache primaries now, relative to the healthy app pods? And is Kafka worth nursing back, or faster to replace?", offsetMinutes: 28 },
    ],
    modelAnswer: [
      "1. Declare the incident; SRE commands and keeps the overview. Responders stay in their lanes and report briefly; the hurdle is not taken over by one team's deep dive.",
      "2. Read impact from business metrics first (login success, API success, matches/min). Kubelets in the lost zone cannot report, so Kubernetes status is misleading; grouping errors and NotReady nodes by zone shows that ap-northeast-2a is down.",
      "3. Decide the critical path to restore first: login -> config -> match request -> scoring -> match.",
      "4. Evacuate the AZ: start an ARC zonal shift for the stage load balancers away from 2a (`aws arc-zonal-shift start-zonal-shift`), remove 2a subnets from the node group/ASGs, cordon and drain 2a nodes (force-delete pods stuck on unreachable nodes), and scale api-server, match-server and match-scoring up in the healthy zones.",
      "5. Fail over RDS and ElastiCache so every primary sits in the same healthy AZ as the serving pods; cross-AZ traffic is unreliable, so Multi-AZ alone does not help.",
      "6. Quorum components (stage Kafka and its controller quorum): do not try to half-revive them. Tear down and recreate them in the healthy zones, then restart producers and consumers.",
      "7. If an evacuation step makes things worse (e.g. a drain that strands the remaining capacity), roll it back first, then continue.",
      "8. Each team confirms its component is healthy in the remaining zones and says so, so the incident commander can close off areas. Escalate to team seniors and the database/infra owners early for failover permissions and console access.",
      "9. Verify login, API and matches/min at baseline for 10 minutes. Move back into 2a only after the zone is healthy, deliberately and slowly.",
      "10. Follow-ups: run failovers from a runbook or script rather than the AWS console, put ElastiCache/RDS health in Grafana, add zone-level dashboards, and set capacity plans so N-1 zones can carry full load.",
    ].join("\n"),
  },
];
