import type { z } from "zod";
import type { Ctx } from "../context";
import { mutateDrill } from "../drills/internal/mutate";
import { eventOfDrill } from "../drills/milestones/store";
import { ValidationError } from "../errors";
import { appendEvent } from "../timeline/append";
import { REVIEW_KINDS } from "../timeline/evidence";
import { toEventView, type TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { starMomentSchema } from "./schemas";
import { starredSeqs } from "./timeline";

/** Stars (or unstars) a timeline event as a key moment for the report. Asking for what already is changes nothing. */
export async function starMoment({ ctx, input }: { ctx: Ctx; input: { drillId: string; seq: number; data: z.input<typeof starMomentSchema> } }): Promise<{ seq: number; starred: boolean; event: TimelineEventView | null }> {
  const { starred } = parseOrThrow(starMomentSchema, input.data);
  return mutateDrill(ctx, input.drillId, "star_moment", async (tx, drill) => {
    const target = await eventOfDrill(tx, drill.id, input.seq, "seq");
    if (REVIEW_KINDS.has(target.kind)) throw new ValidationError([{ path: "seq", message: `is a ${target.kind} event (#${input.seq}): star what happened in the drill` }]);
    const choices = await tx.timelineEvent.findMany({ where: { drillId: drill.id, kind: "moment.starred" }, orderBy: { seq: "asc" } });
    const now = starredSeqs(choices.map(toEventView)).includes(input.seq);
    if (now === starred) return { seq: input.seq, starred, event: null };
    const event = await appendEvent(tx, ctx, drill.id, { kind: "moment.starred", body: { seq: input.seq, starred } });
    return { seq: input.seq, starred, event };
  });
}
