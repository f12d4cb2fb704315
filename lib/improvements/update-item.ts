import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { inTransaction } from "../context/transaction";
import type { Prisma } from "../db/generated/client";
import { parseOrThrow } from "../validation";
import { checkReferences, lockItem, recordChange, targetOfItem } from "./internal/references";
import { dateToDay, dayToDate } from "./overdue";
import { updateItemSchema, type UpdateItemInput } from "./schemas";
import { itemRowOrThrow, teamToday, toItemViews, type ActionItemView, type ItemRow } from "./view";

type Changes = Record<string, { before: unknown; after: unknown }>;

/** The item's fields as the history compares them (dates as YYYY-MM-DD). */
function comparable(row: ItemRow) {
  return {
    title: row.title,
    description: row.description,
    owner: row.owner,
    dueDate: dateToDay(row.dueDate),
    priority: row.priority,
    status: row.status,
    category: row.category,
    audience: row.audience,
    trackerUrl: row.trackerUrl,
    retroItemId: row.retroItemId,
    verifyScenarioId: row.verifyScenarioId,
    verifyMilestone: row.verifyMilestone,
  };
}

/** Changes an action item; one history row names every field that changed, before and after. Nothing changed, nothing written. */
export async function updateItem({ ctx, input }: { ctx: Ctx; input: { id: string; data: UpdateItemInput } }): Promise<ActionItemView> {
  authorize(ctx, "drill.run");
  const data = parseOrThrow(updateItemSchema, input.data);
  const now = nowOf(ctx);
  return inTransaction(ctx, async (tx) => {
    await lockItem(tx, input.id);
    const row = await itemRowOrThrow(tx, input.id);
    if (row.drillId) authorize(ctx, "drill.run", { drillId: row.drillId });
    const before = comparable(row);
    // Clearing the scenario clears the criterion it named.
    const wanted = { ...data, ...(data.verifyScenarioId === null ? { verifyMilestone: null } : {}) };
    const after = { ...before, ...Object.fromEntries(Object.entries(wanted).filter(([, value]) => value !== undefined)) } as typeof before;
    const target = await targetOfItem(tx, row);
    await checkReferences(tx, target, {
      audience: data.audience,
      retroItemId: data.retroItemId,
      ...(data.verifyScenarioId !== undefined || data.verifyMilestone !== undefined ? { verifyScenarioId: after.verifyScenarioId, verifyMilestone: after.verifyMilestone } : {}),
    });
    const changes: Changes = {};
    for (const key of Object.keys(after) as (keyof typeof after)[]) if (after[key] !== before[key]) changes[key] = { before: before[key], after: after[key] };
    if (Object.keys(changes).length > 0) {
      const retarget = "verifyScenarioId" in changes || "verifyMilestone" in changes;
      await tx.actionItem.update({
        where: { id: row.id },
        data: {
          ...after,
          dueDate: after.dueDate ? dayToDate(after.dueDate) : null,
          // A proposal was about the old target: it no longer says anything about the new one.
          ...(retarget && !row.verifiedAt ? { proposedDrillId: null, proposedAt: null } : {}),
        },
      });
      await recordChange(tx, { itemId: row.id, actorName: ctx.actor.name, kind: "updated", detail: changes as Prisma.InputJsonValue, at: now });
    }
    const [view] = await toItemViews(tx, [await itemRowOrThrow(tx, row.id)], teamToday(now));
    return view!;
  });
}
