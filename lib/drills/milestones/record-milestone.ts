import type { z } from "zod";
import type { Ctx } from "../../context";
import type { TimelineEventView } from "../../timeline/events";
import { parseOrThrow } from "../../validation";
import { writeMilestone } from "./store";
import { mutateDrill } from "../internal/mutate";
import { recordMilestoneSchema } from "../schemas";

/** Records what responders achieved, optionally pointing at the timeline event that proves it (`evidenceSeq`). */
export async function recordMilestone({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof recordMilestoneSchema> } }): Promise<TimelineEventView> {
  const data = parseOrThrow(recordMilestoneSchema, input.data);
  return mutateDrill(ctx, input.drillId, "record_milestone", (tx, drill) => writeMilestone(tx, ctx, drill.id, data));
}
