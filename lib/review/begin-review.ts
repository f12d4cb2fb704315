import type { Ctx } from "../context";
import { mutateDrill } from "../drills/internal/mutate";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";

/** Opens the debrief of an ended drill: the scorecard is recomputed on every change until the close freezes it. */
export async function beginReview({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<TimelineEventView> {
  return mutateDrill(ctx, input.drillId, "begin_review", async (tx, drill) => {
    const event = await appendEvent(tx, ctx, drill.id, { kind: "review.started", body: {} });
    await tx.drill.update({ where: { id: drill.id }, data: { status: "in_review" } });
    return event;
  });
}
