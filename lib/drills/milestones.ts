import type { Milestone } from "./milestone-names";

export const MILESTONE_LABELS: Record<Milestone, string> = {
  acknowledged: "Acknowledged",
  escalated: "Escalated",
  impact_identified: "Impact identified",
  mitigated: "Mitigated",
  root_cause_identified: "Root cause identified",
};
