import type { Ctx } from "../context";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { assertNotYet, mutateDrill } from "./mutate";
import { recordMilestoneSchema } from "./schemas";
import { MILESTONE_LABELS } from "./milestones";

export async function recordMilestone({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: unknown } }): Promise<TimelineEventView> {
  const { milestone, note } = parseOrThrow(recordMilestoneSchema, input.data);
  return mutateDrill(ctx, input.drillId, "record_milestone", async (tx, drill) => {
    const ref = `milestone:${milestone}`;
    await assertNotYet(tx, drill.id, ref, `Milestone "${MILESTONE_LABELS[milestone]}"`);
    return appendEvent(tx, ctx, drill.id, { kind: "milestone.recorded", ref, body: { milestone, note } });
  });
}
