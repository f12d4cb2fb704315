import type { z } from "zod";
import type { Ctx } from "../context";
import { mutateDrill } from "../drills/internal/mutate";
import { NotFoundError } from "../errors";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { rateObjectiveSchema } from "./schemas";
import { scorecardOf } from "./scorecard-of";

/** The facilitator's P/S/M/U for an objective, with a reason, beside the suggestion it overrides; every rating stays in the history. */
export async function rateObjective({ ctx, input }: { ctx: Ctx; input: { drillId: string; objectiveId: string; data: z.input<typeof rateObjectiveSchema> } }): Promise<TimelineEventView> {
  const { rating, reason } = parseOrThrow(rateObjectiveSchema, input.data);
  return mutateDrill(ctx, input.drillId, "rate_objective", async (tx, drill) => {
    const { scorecard } = await scorecardOf(tx, drill);
    const objective = scorecard.objectives.find((candidate) => candidate.id === input.objectiveId);
    if (!objective) throw new NotFoundError("Objective", input.objectiveId);
    return appendEvent(tx, ctx, drill.id, { kind: "objective.rated", body: { objectiveId: objective.id, rating, suggested: objective.suggested, reason } });
  });
}
