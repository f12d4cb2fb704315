import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { inTransaction } from "../context/transaction";
import { ConflictError } from "../errors";
import { lockItem, recordChange } from "./internal/references";
import { itemRowOrThrow, teamToday, toItemViews, type ActionItemView } from "./view";

/** A facilitator agrees that the proposed drill proves the item fixed: it is verified by that drill, and done. */
export async function confirmVerification({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ActionItemView> {
  authorize(ctx, "drill.run");
  const now = nowOf(ctx);
  return inTransaction(ctx, async (tx) => {
    await lockItem(tx, input.id);
    const row = await itemRowOrThrow(tx, input.id);
    if (row.drillId) authorize(ctx, "drill.run", { drillId: row.drillId });
    if (row.verifiedAt) throw new ConflictError("This action item is verified already; there is nothing to confirm.");
    if (!row.proposedDrillId) throw new ConflictError("No drill has proposed a verification of this action item: a later drill of its scenario must close meeting its criterion first.");
    await tx.actionItem.update({ where: { id: row.id }, data: { verifiedDrillId: row.proposedDrillId, verifiedAt: now, verifiedBy: ctx.actor.name, status: "done" } });
    await recordChange(tx, { itemId: row.id, actorName: ctx.actor.name, kind: "verified", detail: { drillId: row.proposedDrillId, status: { before: row.status, after: "done" } }, at: now });
    const [view] = await toItemViews(tx, [await itemRowOrThrow(tx, row.id)], teamToday(now));
    return view!;
  });
}
