import type { Ctx } from "../context";
import { mutateDrill } from "../drills/internal/mutate";
import { parseOrThrow } from "../validation";
import { checkReferences, itemOfDrill, recordChange } from "./internal";
import { editRetroItemSchema, type EditRetroItemInput } from "./schemas";
import { toRetroItemView, type RetroItemView } from "./view";

/** Changes an item's fields; any edit (or `keep: true` alone) keeps a draft, so it goes into the report. */
export async function editRetroItem({ ctx, input }: { ctx: Ctx; input: { drillId: string; itemId: string; data: EditRetroItemInput } }): Promise<RetroItemView> {
  const { keep, ...fields } = parseOrThrow(editRetroItemSchema, input.data);
  return mutateDrill(ctx, input.drillId, "edit_retro", async (tx, drill) => {
    const item = await itemOfDrill(tx, drill.id, input.itemId);
    // Keeping what is already kept changes nothing, so it writes nothing.
    if (keep && !item.draft && Object.values(fields).every((value) => value === undefined)) return toRetroItemView(item);
    await checkReferences(tx, drill.id, fields);
    const row = await tx.retroItem.update({ where: { id: input.itemId }, data: { ...fields, draft: false } });
    await recordChange(tx, ctx, drill.id, "edited", row);
    return toRetroItemView(row);
  });
}
