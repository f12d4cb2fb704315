import type { ScenarioDefinitionInput } from "../schemas";

export const availabilityZoneOutage: ScenarioDefinitionInput = {
  schemaVersion: 2,
  title: "Service-wide outage: loss of an entire availability zone",
  publicTitle: "Errors across many services at once",
  summary:
    "Login, API calls and matching fail broadly and all at once across many services. Kubernetes still shows many pods as Running, dashboards have gaps, and cross-zone calls time out. Databases, caches and Kafka behave strangely even where they are spread across zones.",
  tags: ["az-outage", "aws", "fis", "multi-az", "quorum", "kubernetes", "stage"],
  difficulty: "advanced",
  components: ["api-server", "match-server", "match-scoring", "recommendation-ai", "rds-main", "elasticache-clusters", "kafka-stage", "eks-stage"],
  environment: { name: "stage", protected: false },
  timeBoxMinutes: 60,
  designers: ["SRE team senior engineer (scenario designer, FIS experiment template)", "Platform/EKS owner (reviewer)", "Database owner (RDS and ElastiCache failover reviewer)"],
  briefing:
    "Stage is running production-like synthetic traffic. Several pages fired within a minute of each other: API errors, login failures and a match collapse. The incident bot has opened this channel and invited the on-calls of the API, match and AI teams plus SRE. Each team's newest engineer is the active responder for their area; SRE commands the incident. Restore login and matching as fast as possible.",
  rootCause:
    "Availability zone ap-northeast-2a of the stage VPC is down (simulated with an AWS FIS AZ power-interruption experiment built from the Resilience Hub / FIS scenario template). All subnets in 2a lose connectivity, EKS worker nodes in 2a stop, ElastiCache and RDS nodes in 2a become unreachable, and cross-AZ traffic into 2a fails. Kubelets in 2a cannot report, so pods there still look Running until eviction. Multi-AZ data stores fail over unevenly, leaving primaries in different AZs, and quorum-based components (the stage Kafka cluster and its ZooKeeper/KRaft quorum) lose quorum. No single service is broken: everything that depended on 2a capacity or on cross-AZ primaries degrades together.",
  expectedImpact:
    "Within 3 minutes: api-server 5xx above 20%, login success around 50%, matches/min -70%, Kafka offline partitions, a third of EKS nodes NotReady while their pods still report Running. Recovery needs evacuating the zone and moving every primary into one healthy zone.",
  injections: [
    {
      id: "inj-fis-az-power",
      name: "Start the FIS AZ power-interruption experiment for ap-northeast-2a",
      action: {
        kind: "manual",
        instructions:
          "Pre-check: stage has a stop-condition CloudWatch alarm and the experiment template targets only resources tagged env=stage. Template actions (duration 45m): `aws:network:disrupt-connectivity` (scope all) on the stage subnets in ap-northeast-2a; `aws:ec2:stop-instances` (start after duration) on EKS nodes in 2a; `aws:elasticache:replicationgroup-interrupt-az-power` on stage replication groups; `aws:rds:failover-db-cluster` on rds-main.\nInject: `aws fis start-experiment --experiment-template-id <stage-az-2a-power-interruption> --tags drill=az-outage` and write the experiment id into the step note. Expect 5xx > 20%, login success < 60% and matches/min -70% within 3 minutes.",
      },
      rollback: {
        kind: "manual",
        instructions:
          "`aws fis stop-experiment --id <experiment-id from the step note>` (restores network ACLs, restarts stopped instances); `aws fis get-experiment --id <experiment-id>` must show state stopped.\nThen verify: all nodes Ready, ASGs rebalanced across zones, ElastiCache/RDS replicas in sync, Kafka under-replicated partitions = 0; uncordon nodes cordoned during the drill and cancel any ARC zonal shift (`aws arc-zonal-shift cancel-zonal-shift`).",
      },
    },
  ],
  expectedSignals: [
    { id: "sig-business", signal: "Login success rate, API success ratio and matches/min drop together", direction: "down", dashboardUrl: "https://grafana.stage.internal/d/biz-core/azar-business-core" },
    { id: "sig-nodes-notready", signal: "EKS nodes NotReady, all labelled topology.kubernetes.io/zone=ap-northeast-2a", direction: "appears", dashboardUrl: "https://grafana.stage.internal/d/k8s-nodes/eks-stage-nodes-by-zone" },
    { id: "sig-kafka-offline", signal: "kafka-stage offline and under-replicated partitions; controller changes", direction: "up", dashboardUrl: "https://grafana.stage.internal/d/kafka/kafka-stage-cluster" },
    { id: "sig-upstream-errors", signal: "Upstream connect errors and DB connection timeouts in api-server", direction: "up", dashboardUrl: "https://grafana.stage.internal/d/api-overview/azar-api-overview" },
    { id: "sig-metric-gaps", signal: "Per-pod metrics from zone 2a stop arriving (gaps in panels)", direction: "disappears", dashboardUrl: "https://grafana.stage.internal/d/k8s-pods/eks-stage-pods" },
  ],
  alerts: [
    { id: "alert-api-5xx", offsetMinutes: 1, relativeTo: "inj-fis-az-power", source: "pagerduty", severity: "critical", title: "[P1] api-server: 5xx ratio > 5% for 1m", body: "Triggered: api-server 5xx ratio 27.3% (threshold 5%)\nUpstream connect errors: 8,900/min\nPods Running: 24/24 (Ready: 16/24)\nEscalation policy: API on-call -> API team -> SRE" },
    { id: "alert-login-success", offsetMinutes: 2, relativeTo: "inj-fis-az-power", source: "grafana", severity: "critical", title: "[Critical] Login success rate < 80% for 2m", body: "login_success / login_attempts: 52% (baseline 99.1%)\nTop errors: DB connection timeout (44%), upstream timeout (37%)" },
    { id: "alert-match-trend", offsetMinutes: 3, relativeTo: "inj-fis-az-power", source: "custom", severity: "high", title: "Match trend: successful matches/min down 74% vs 1h ago", body: "Global matches/min: 370 (expected 1,420 +/- 10%)\nAvg match wait: 39s (baseline 6s)\nscore request timeout rate: 31%" },
    { id: "alert-kafka-offline", offsetMinutes: 7, relativeTo: "inj-fis-az-power", source: "grafana", severity: "high", title: "[High] kafka-stage: offline partitions > 0", body: "OfflinePartitionsCount: 18\nUnderReplicatedPartitions: 312\nActive controller: flapping (4 changes in 5m)\nBrokers reachable: 4/6" },
    { id: "alert-nodes-notready", offsetMinutes: 12, relativeTo: "start", source: "grafana", severity: "warning", title: "[Warning] eks-stage: 18 nodes NotReady", body: "kube_node_status_condition{condition=\"Ready\",status=\"true\"} == 0 for 18/54 nodes\nAll NotReady nodes: topology.kubernetes.io/zone=ap-northeast-2a\nPods still reported Running on NotReady nodes: 410", unlessMilestone: "impact_identified" },
  ],
  hints: [
    { id: "hint-business-metrics", text: "Kubernetes may be telling you everything is Running. Trust the business metrics and the error shapes instead: what do the failing requests have in common?", offsetMinutes: 10, release: "at_offset_unless_milestone", unlessMilestone: "impact_identified" },
    { id: "hint-zone-label", text: "Group failing pods, nodes and data-store endpoints by availability zone.", offsetMinutes: 18, release: "at_offset" },
    { id: "hint-primaries-quorum", text: "With inter-AZ traffic broken, where are the RDS and ElastiCache primaries now, relative to the healthy app pods? And is Kafka worth nursing back, or faster to replace?", offsetMinutes: 28, release: "manual" },
  ],
  modelAnswer: [
    "Declare the incident; SRE commands and keeps the overview. Responders stay in their lanes and report briefly; the hurdle is not taken over by one team's deep dive.",
    "Read impact from business metrics first (login success, API success, matches/min). Kubelets in the lost zone cannot report, so Kubernetes status is misleading; grouping errors and NotReady nodes by zone shows that ap-northeast-2a is down.",
    "Decide the critical path to restore first: login -> config -> match request -> scoring -> match.",
    "Evacuate the AZ: start an ARC zonal shift for the stage load balancers away from 2a (`aws arc-zonal-shift start-zonal-shift`), remove 2a subnets from the node group/ASGs, cordon and drain 2a nodes (force-delete pods stuck on unreachable nodes), and scale api-server, match-server and match-scoring up in the healthy zones.",
    "Fail over RDS and ElastiCache so every primary sits in the same healthy AZ as the serving pods; cross-AZ traffic is unreliable, so Multi-AZ alone does not help.",
    "Quorum components (stage Kafka and its controller quorum): do not try to half-revive them. Tear down and recreate them in the healthy zones, then restart producers and consumers.",
    "If an evacuation step makes things worse (e.g. a drain that strands the remaining capacity), roll it back first, then continue.",
    "Each team confirms its component is healthy in the remaining zones and says so, so the incident commander can close off areas. Escalate to team seniors and the database/infra owners early for failover permissions and console access.",
    "Verify login, API and matches/min at baseline for 10 minutes. Move back into 2a only after the zone is healthy, deliberately and slowly.",
    "Follow-ups: run failovers from a runbook or script rather than the AWS console, put ElastiCache/RDS health in Grafana, add zone-level dashboards, and set capacity plans so N-1 zones can carry full load.",
  ],
  successCriteria: [
    { milestone: "impact_identified", withinMinutes: 10 },
    { milestone: "escalated", withinMinutes: 10 },
    { milestone: "mitigated", withinMinutes: 45 },
  ],
  objectives: [
    {
      id: "detect",
      name: "Detect and state the impact",
      description:
        "Acknowledge the pages and read the impact from business metrics (login, API success, matches/min), not from Kubernetes, which still shows pods in the lost zone as Running.",
      milestones: ["acknowledged", "impact_identified"],
    },
    {
      id: "escalate",
      name: "Escalate early",
      description:
        "Bring in team seniors and the database and infrastructure owners early, for failover permissions and console access.",
      milestones: ["escalated"],
    },
    {
      id: "diagnose",
      name: "Identify the lost zone",
      description:
        "Group failing requests, NotReady nodes and data-store endpoints by availability zone: ap-northeast-2a is down and quorum components lost their quorum.",
      milestones: ["root_cause_identified"],
    },
    {
      id: "mitigate",
      name: "Evacuate the zone",
      description:
        "Shift traffic away from 2a, drain its nodes, fail every primary over into one healthy zone and recreate quorum components, until login and matching are back at baseline.",
      milestones: ["mitigation_started", "mitigated"],
    },
  ],
};
