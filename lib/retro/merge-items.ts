import type { Ctx } from "../context";
import { mutateDrill } from "../drills/internal/mutate";
import { ValidationError } from "../errors";
import { parseOrThrow } from "../validation";
import { itemOfDrill, recordChange, repointActionItems } from "./internal";
import { mergeRetroItemsSchema, RETRO_DETAIL_MAX, type MergeRetroItemsInput } from "./schemas";
import { toRetroItemView, type RetroItemView } from "./view";

const union = (lists: number[][]) => [...new Set(lists.flat())].sort((a, b) => a - b);

/**
 * Folds items into one: it keeps its category and audience, the others' texts are added to its detail, evidence and notes are
 * joined, action items made from the others now point to it, and the others are deleted.
 */
export async function mergeRetroItems({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: MergeRetroItemsInput } }): Promise<RetroItemView> {
  const { into, items } = parseOrThrow(mergeRetroItemsSchema, input.data);
  if (items.includes(into)) throw new ValidationError([{ path: `items.${items.indexOf(into)}`, message: "is the item merged into: name it only as `into`" }]);
  return mutateDrill(ctx, input.drillId, "edit_retro", async (tx, drill) => {
    const target = await itemOfDrill(tx, drill.id, into);
    const others = [];
    for (const id of items) others.push(await itemOfDrill(tx, drill.id, id));
    const detail = [target.detail, ...others.map((item) => (item.detail ? `- ${item.text}\n  ${item.detail.replace(/\n/g, "\n  ")}` : `- ${item.text}`))].filter(Boolean).join("\n");
    if (detail.length > RETRO_DETAIL_MAX) throw new ValidationError([{ path: "items", message: `would make the detail longer than ${RETRO_DETAIL_MAX} characters: merge fewer, or shorten the detail first` }]);
    const otherIds = others.map((item) => item.id);
    await repointActionItems(tx, ctx, otherIds, target.id);
    await tx.retroItem.deleteMany({ where: { id: { in: otherIds } } });
    const row = await tx.retroItem.update({
      where: { id: target.id },
      data: { detail, evidenceSeqs: union([target.evidenceSeqs, ...others.map((item) => item.evidenceSeqs)]), noteSeqs: union([target.noteSeqs, ...others.map((item) => item.noteSeqs)]), draft: false },
    });
    await recordChange(tx, ctx, drill.id, "merged", row, { mergedIds: otherIds });
    return toRetroItemView(row);
  });
}
