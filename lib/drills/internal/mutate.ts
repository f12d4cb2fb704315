import { authorize } from "../../auth/authorize";
import type { Ctx } from "../../context";
import { inTransaction, type Tx } from "../../context/transaction";
import { ConflictError, NotFoundError } from "../../errors";
import { lockDrill, type LockedDrill } from "./lock";
import { formatOffset } from "../../drill-model/clock";
import { assertCan, permissionsFor, type DrillAction } from "../../drill-model/state-machine";

/**
 * Every drill change goes through here: the actor checked for the action, one transaction, the drill row locked (so concurrent
 * actions on one drill serialize), existence and state checked before `fn` runs.
 */
export async function mutateDrill<T>(
  ctx: Ctx,
  drillId: string,
  action: DrillAction,
  fn: (tx: Tx, drill: LockedDrill) => Promise<T>,
): Promise<T> {
  authorize(ctx, permissionsFor(action), { drillId });
  return inTransaction(ctx, async (tx) => {
    const drill = await lockDrill(tx, drillId);
    if (!drill) throw new NotFoundError("Drill", drillId);
    assertCan(drill.status, action);
    return fn(tx, drill);
  });
}

/** Scripted items happen once per drill; a second attempt names when the first one happened. */
export async function assertNotYet(tx: Tx, drillId: string, ref: string, what: string): Promise<void> {
  const earlier = await tx.timelineEvent.findFirst({ where: { drillId, ref }, select: { offsetMs: true } });
  if (earlier) throw new ConflictError(`${what} already happened at ${formatOffset(earlier.offsetMs ?? 0)}.`);
}

export function findItem<T extends { id: string }>(items: T[], id: string, what: string): T {
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new NotFoundError(what, id);
  return item;
}
