import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { inTransaction } from "../context/transaction";
import { parseOrThrow } from "../validation";
import { checkReferences, recordChange, targetOf } from "./internal/references";
import { dayToDate } from "./overdue";
import { createItemSchema, type CreateItemInput } from "./schemas";
import { itemRowOrThrow, teamToday, toItemViews, type ActionItemView } from "./view";

/** An action item of a drill's or a game day's improvement plan, with its first history row. */
export async function createItem({ ctx, input }: { ctx: Ctx; input: { data: CreateItemInput } }): Promise<ActionItemView> {
  authorize(ctx, "drill.run");
  const data = parseOrThrow(createItemSchema, input.data);
  if (data.drillId) authorize(ctx, "drill.run", { drillId: data.drillId });
  const now = nowOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const target = await targetOf(tx, data);
    await checkReferences(tx, target, data);
    const fields = {
      title: data.title,
      description: data.description,
      owner: data.owner,
      dueDate: data.dueDate ?? null,
      priority: data.priority,
      category: data.category,
      audience: data.audience,
      trackerUrl: data.trackerUrl ?? null,
      retroItemId: data.retroItemId ?? null,
      verifyScenarioId: data.verifyScenarioId ?? null,
      verifyMilestone: data.verifyMilestone ?? null,
    };
    const row = await tx.actionItem.create({
      data: { ...fields, dueDate: fields.dueDate ? dayToDate(fields.dueDate) : null, drillId: target.drillId, exerciseId: target.exerciseId, createdBy: ctx.actor.name, createdAt: now },
    });
    await recordChange(tx, { itemId: row.id, actorName: ctx.actor.name, kind: "created", detail: { ...fields, drillId: target.drillId, exerciseId: target.exerciseId }, at: now });
    const [view] = await toItemViews(tx, [await itemRowOrThrow(tx, row.id)], teamToday(now));
    return view!;
  });
}
