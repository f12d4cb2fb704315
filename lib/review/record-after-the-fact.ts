import type { z } from "zod";
import type { Ctx } from "../context";
import { mutateDrill } from "../drills/internal/mutate";
import { eventOfDrill, writeMilestone } from "../drills/milestones/store";
import { ValidationError } from "../errors";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { afterTheFactSchema } from "./schemas";

/**
 * A milestone the facilitator forgot to press while the drill ran, recorded in review at the past event that shows
 * it (between the start and the end) with the reason; the scorecard counts it at that event and flags it.
 */
export async function recordAfterTheFact({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof afterTheFactSchema> } }): Promise<TimelineEventView> {
  const { milestone, evidenceSeq, reason, note } = parseOrThrow(afterTheFactSchema, input.data);
  return mutateDrill(ctx, input.drillId, "record_after_the_fact", async (tx, drill) => {
    const evidence = await eventOfDrill(tx, drill.id, evidenceSeq, "evidenceSeq");
    const ended = await tx.timelineEvent.findFirst({ where: { drillId: drill.id, kind: "drill.ended" }, select: { seq: true } });
    if (evidence.offsetMs === null) throw new ValidationError([{ path: "evidenceSeq", message: `is before the drill started (#${evidenceSeq})` }]);
    if (ended && evidence.seq > ended.seq) throw new ValidationError([{ path: "evidenceSeq", message: `is after the drill ended (#${evidenceSeq}): pick what happened during the drill` }]);
    return writeMilestone(tx, ctx, drill.id, { milestone, note, evidenceSeq, afterTheFact: { reason } });
  });
}
