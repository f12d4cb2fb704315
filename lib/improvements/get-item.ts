import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { dbOf } from "../context/transaction";
import { itemRowOrThrow, teamToday, toItemViews, type ActionItemView } from "./view";

export interface ActionItemChangeView {
  id: number;
  at: string;
  actorName: string;
  kind: string;
  detail: unknown;
}

export type ActionItemDetail = ActionItemView & { history: ActionItemChangeView[] };

/** One action item with its whole history, oldest first. */
export async function getItem({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ActionItemDetail> {
  authorize(ctx, "drill.read");
  const db = dbOf(ctx);
  const row = await itemRowOrThrow(db, input.id);
  if (row.drillId) authorize(ctx, "drill.read", { drillId: row.drillId });
  const [[view], changes] = await Promise.all([toItemViews(db, [row], teamToday(nowOf(ctx))), db.actionItemChange.findMany({ where: { itemId: row.id }, orderBy: { id: "asc" } })]);
  return { ...view!, history: changes.map((change) => ({ id: change.id, at: change.at.toISOString(), actorName: change.actorName, kind: change.kind, detail: change.detail })) };
}
