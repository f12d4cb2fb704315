import { MILESTONE_LABELS } from "../../drill-model/milestones";
import type { ScenarioDefinition } from "../../scenarios/schemas";
import type { ReachedMilestones } from "./milestones";
import type { CriterionScore, Reference } from "./types";

/**
 * Each success criterion met or missed. `withinMinutes` is measured from the reference (the first injection that
 * applied, else the start), so time the facilitator spent briefing before the injection does not count against it.
 * A criterion is met when its milestone was reached no later than the limit; one reached before the injection is met.
 */
export function scoreCriteria(script: ScenarioDefinition, reached: ReachedMilestones, reference: Reference): CriterionScore[] {
  return script.successCriteria.map(({ milestone, withinMinutes }) => {
    const hit = reached.get(milestone);
    const limitMs = withinMinutes * 60_000;
    const measuredMs = hit ? hit.offsetMs - reference.offsetMs : null;
    return { milestone, label: MILESTONE_LABELS[milestone], withinMinutes, limitMs, measuredMs, met: measuredMs !== null && measuredMs <= limitMs };
  });
}
