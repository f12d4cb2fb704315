/** What responders can achieve during a drill, in the order it usually happens; scenarios refer to these in conditions and success criteria. */
export const MILESTONES = [
  "acknowledged",
  "impact_identified",
  "escalated",
  "mitigation_started",
  "mitigated",
  "root_cause_identified",
  "recovered",
] as const;
export type Milestone = (typeof MILESTONES)[number];
