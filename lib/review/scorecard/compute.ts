import { scoreAlerts } from "./alerts";
import { scoreConduct } from "./conduct";
import { scoreCriteria } from "./criteria";
import { scoreHints } from "./hints";
import { reachedMilestones } from "./milestones";
import { scoreObjectives } from "./objectives";
import { scoreParticipation } from "./participation";
import { findReference } from "./reference";
import { scanTimeline } from "./scan";
import { measureTimes } from "./times";
import type { Scorecard, ScorecardInput } from "./types";

/**
 * The scorecard: a pure function of the frozen script and the drill's staff timeline (in seq order). Events of kinds
 * this build does not know and the review's own events never move a measured time; a milestone recorded after the
 * fact counts at its evidence's time and says so. One pass sorts the events; each part then reads only its kinds.
 */
export function computeScorecard(input: ScorecardInput): Scorecard {
  const scan = scanTimeline(input.events);
  const reference = findReference(scan);
  const reached = reachedMilestones(scan);
  const criteria = scoreCriteria(input.script, reached, reference);
  return {
    outcome: input.drill.outcome,
    reference,
    times: measureTimes(scan, reached, reference),
    alerts: scoreAlerts(scan),
    hints: scoreHints(scan, reached),
    criteria,
    objectives: scoreObjectives(input.script, scan, reached, criteria),
    ...scoreConduct(scan, input.drill),
    participation: scoreParticipation(scan, reference),
  };
}
