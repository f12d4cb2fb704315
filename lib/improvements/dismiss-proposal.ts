import type { z } from "zod";
import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { inTransaction } from "../context/transaction";
import { ConflictError } from "../errors";
import { parseOrThrow } from "../validation";
import { lockItem, recordChange } from "./internal/references";
import { dismissProposalSchema } from "./schemas";
import { itemRowOrThrow, teamToday, toItemViews, type ActionItemView } from "./view";

/** A facilitator does not agree that the proposed drill proves it fixed: the proposal goes, the reason stays in the history. */
export async function dismissProposal({ ctx, input }: { ctx: Ctx; input: { id: string; data: z.input<typeof dismissProposalSchema> } }): Promise<ActionItemView> {
  authorize(ctx, "drill.run");
  const { reason } = parseOrThrow(dismissProposalSchema, input.data);
  const now = nowOf(ctx);
  return inTransaction(ctx, async (tx) => {
    await lockItem(tx, input.id);
    const row = await itemRowOrThrow(tx, input.id);
    if (row.drillId) authorize(ctx, "drill.run", { drillId: row.drillId });
    if (row.verifiedAt) throw new ConflictError("This action item is verified already: its verification can no longer be dismissed.");
    if (!row.proposedDrillId) throw new ConflictError("There is no proposed verification of this action item to dismiss.");
    await tx.actionItem.update({ where: { id: row.id }, data: { proposedDrillId: null, proposedAt: null } });
    await recordChange(tx, { itemId: row.id, actorName: ctx.actor.name, kind: "dismissed", detail: { drillId: row.proposedDrillId, reason }, at: now });
    const [view] = await toItemViews(tx, [await itemRowOrThrow(tx, row.id)], teamToday(now));
    return view!;
  });
}
