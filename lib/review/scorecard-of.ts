import type { Db } from "../db/client";
import type { DrillOutcome } from "../drill-model/state-machine";
import type { ScenarioDefinition } from "../scenarios/schemas";
import { computeScorecard } from "./scorecard/compute";
import type { Scorecard } from "./scorecard/types";
import { loadEvents } from "./timeline";
import type { TimelineEventView } from "../timeline/events";

/** The drill's scorecard as of now, with the events it was computed from. */
export async function scorecardOf(
  db: Db,
  drill: { id: string; outcome: string | null; timeBoxMinutes: number; script: ScenarioDefinition },
): Promise<{ scorecard: Scorecard; events: TimelineEventView[] }> {
  const events = await loadEvents(db, drill.id);
  const scorecard = computeScorecard({ script: drill.script, drill: { outcome: drill.outcome as DrillOutcome | null, timeBoxMinutes: drill.timeBoxMinutes }, events });
  return { scorecard, events };
}
