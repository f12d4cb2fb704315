import type { z } from "zod";
import type { Ctx } from "../context";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { finishDrill } from "./internal/finish";
import { mutateDrill } from "./internal/mutate";
import { endDrillSchema } from "./schemas";

/** Ends a running drill as mitigated or failed; the clock stops at this moment. */
export async function endDrill({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof endDrillSchema> } }): Promise<TimelineEventView> {
  const { outcome, note, shareNote } = parseOrThrow(endDrillSchema, input.data);
  return mutateDrill(ctx, input.drillId, "end", (tx, drill) => finishDrill(tx, ctx, drill, outcome, { note, shareNote }));
}
