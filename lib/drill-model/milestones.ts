import type { Milestone } from "./milestone-names";

export const MILESTONE_LABELS: Record<Milestone, string> = {
  acknowledged: "Acknowledged",
  impact_identified: "Impact identified",
  escalated: "Escalated",
  mitigation_started: "Mitigation started",
  mitigated: "Mitigated",
  root_cause_identified: "Root cause identified",
  recovered: "Recovered",
};
