import { formatDuration } from "../../drill-model/clock";
import type { Rating } from "../../drill-model/debrief";
import { MILESTONE_LABELS } from "../../drill-model/milestones";
import type { Milestone } from "../../drill-model/milestone-names";
import type { ScenarioDefinition } from "../../scenarios/schemas";
import type { ReachedMilestones } from "./milestones";
import type { EventOf, ScannedTimeline } from "./scan";
import type { CriterionScore, ObjectiveScore, RatingChange } from "./types";

type ObjectiveMilestone = ObjectiveScore["milestones"][number];

/** "in 07:00", or how long before the injection it was. */
const took = (ms: number) => (ms < 0 ? `${formatDuration(-ms)} before the injection` : `in ${formatDuration(ms)}`);

const list = (items: string[]) => items.join(", ");

/**
 * The suggested P/S/M/U: P when every milestone was reached and every criterion met in time, S when everything was
 * reached but some criterion late, M when only some milestones were reached, U when none was. `because` says which.
 */
export function suggestRating(milestones: readonly ObjectiveMilestone[], criteria: readonly CriterionScore[]): { suggested: Rating; because: string } {
  const reached = milestones.filter((entry) => entry.reachedOffsetMs !== null).map((entry) => entry.label);
  const missing = milestones.filter((entry) => entry.reachedOffsetMs === null).map((entry) => entry.label);
  if (reached.length === 0) return { suggested: "U", because: `None reached: ${list(missing)}.` };
  if (missing.length > 0) return { suggested: "M", because: `Partly: ${list(reached)} reached; ${list(missing)} not reached.` };
  const late = criteria.filter((criterion) => !criterion.met);
  if (late.length > 0)
    return { suggested: "S", because: `Everything reached, but late: ${late.map((criterion) => `${criterion.label} ${took(criterion.measuredMs!)} against ${criterion.withinMinutes} min`).join("; ")}.` };
  if (criteria.length === 0) return { suggested: "P", because: `All reached (no time limit): ${list(reached)}.` };
  return { suggested: "P", because: `All met in time: ${criteria.map((criterion) => `${criterion.label} ${took(criterion.measuredMs!)} (within ${criterion.withinMinutes} min)`).join(", ")}.` };
}

interface Grouping {
  id: string;
  name: string;
  derived: boolean;
  milestones: readonly Milestone[];
  criteria: CriterionScore[];
}

/** The script's objectives, or with none one per success criterion ("Mitigated within 30 min"), with ids stable for the frozen script. */
function groupings(script: ScenarioDefinition, criteria: CriterionScore[]): Grouping[] {
  if (script.objectives.length > 0)
    return script.objectives.map((objective) => ({
      id: objective.id,
      name: objective.name,
      derived: false,
      milestones: objective.milestones,
      criteria: criteria.filter((criterion) => objective.milestones.includes(criterion.milestone)),
    }));
  const used = new Map<string, number>();
  return criteria.map((criterion) => {
    const base = `${criterion.milestone}-within-${criterion.withinMinutes}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return { id: count === 1 ? base : `${base}-${count}`, name: `${criterion.label} within ${criterion.withinMinutes} min`, derived: true, milestones: [criterion.milestone], criteria: [criterion] };
  });
}

function ratingsByObjective(scan: ScannedTimeline): Map<string, RatingChange[]> {
  const ratings = new Map<string, RatingChange[]>();
  const change = (event: EventOf<"objective.rated">): RatingChange => ({ rating: event.body.rating, reason: event.body.reason, by: event.actor.name, at: event.at, seq: event.id });
  for (const event of scan.of("objective.rated")) {
    const history = ratings.get(event.body.objectiveId);
    if (history) history.push(change(event));
    else ratings.set(event.body.objectiveId, [change(event)]);
  }
  return ratings;
}

/** Every objective with its milestones, its criteria, the suggested rating, and the facilitator's latest rating over it. */
export function scoreObjectives(script: ScenarioDefinition, scan: ScannedTimeline, reached: ReachedMilestones, criteria: CriterionScore[]): ObjectiveScore[] {
  const ratings = ratingsByObjective(scan);
  return groupings(script, criteria).map((grouping) => {
    const milestones = grouping.milestones.map((milestone) => ({ milestone, label: MILESTONE_LABELS[milestone], reachedOffsetMs: reached.get(milestone)?.offsetMs ?? null }));
    const { suggested, because } = suggestRating(milestones, grouping.criteria);
    const history = ratings.get(grouping.id) ?? [];
    const override = history.at(-1) ?? null;
    return { id: grouping.id, name: grouping.name, derived: grouping.derived, milestones, criteria: grouping.criteria, suggested, because, rating: override?.rating ?? suggested, override, history };
  });
}
