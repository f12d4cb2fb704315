import type { Ctx } from "../context";
import { mutateDrill } from "../drills/internal/mutate";
import { itemOfDrill, recordChange, repointActionItems } from "./internal";

/** Takes an item out of the retrospective; action items made from it stay, without the link (and say so in their history). */
export async function removeRetroItem({ ctx, input }: { ctx: Ctx; input: { drillId: string; itemId: string } }): Promise<{ id: string; removed: true }> {
  return mutateDrill(ctx, input.drillId, "edit_retro", async (tx, drill) => {
    const item = await itemOfDrill(tx, drill.id, input.itemId);
    await repointActionItems(tx, ctx, [item.id], null);
    await tx.retroItem.delete({ where: { id: item.id } });
    await recordChange(tx, ctx, drill.id, "removed", item);
    return { id: item.id, removed: true };
  });
}
