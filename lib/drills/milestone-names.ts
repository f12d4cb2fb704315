/** What responders can achieve during a drill; scenarios refer to these in conditions and success criteria. */
export const MILESTONES = ["acknowledged", "escalated", "impact_identified", "mitigated", "root_cause_identified"] as const;
export type Milestone = (typeof MILESTONES)[number];
