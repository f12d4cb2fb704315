import type { Ctx } from "../context";
import { mutateDrill } from "../drills/internal/mutate";
import { parseOrThrow } from "../validation";
import { checkReferences, evidenceOfNotes, nextPosition, recordChange } from "./internal";
import { retroItemSchema, type RetroItemInput } from "./schemas";
import { toRetroItemView, type RetroItemView } from "./view";

/**
 * A strength, an area for improvement, a theme or a lesson, addressed to an audience. Made from a note (`noteSeqs`) and
 * given no evidence, it takes the events the note is pinned to: how an observer turns a note into an improvement.
 */
export async function addRetroItem({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: RetroItemInput } }): Promise<RetroItemView> {
  const data = parseOrThrow(retroItemSchema, input.data);
  return mutateDrill(ctx, input.drillId, "edit_retro", async (tx, drill) => {
    const notes = await checkReferences(tx, drill.id, data);
    const evidenceSeqs = data.evidenceSeqs.length ? data.evidenceSeqs : await evidenceOfNotes(tx, drill.id, notes);
    const row = await tx.retroItem.create({
      data: { drillId: drill.id, ...data, evidenceSeqs, draft: false, position: await nextPosition(tx, drill.id), createdBy: ctx.actor.name },
    });
    await recordChange(tx, ctx, drill.id, "added", row);
    return toRetroItemView(row);
  });
}
