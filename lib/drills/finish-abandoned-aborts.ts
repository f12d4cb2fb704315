import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { ConflictError } from "../errors";
import { logger } from "../logger";
import { continueAbort } from "./continue-abort";

/** An abort that made no progress (no timeline event) for this long was cut short, most likely by a crash. */
export const ABANDONED_AFTER_MS = 10_000;

/**
 * The scheduler's sweep: finishes every abort left `aborting` and idle for `idleMs` (its rollbacks, then the
 * end and the channel post). Returns how many drills it ended. A rollback still in flight elsewhere is left to
 * finish; the next sweep tries again.
 */
export async function finishAbandonedAborts({ ctx, input = {} }: { ctx: Ctx; input?: { idleMs?: number } }): Promise<number> {
  authorize(ctx, "drill.run");
  const idleMs = input.idleMs ?? ABANDONED_AFTER_MS;
  const drills = await dbOf(ctx).$queryRaw<{ id: string }[]>`
    SELECT d."id" FROM "Drill" d LEFT JOIN "TimelineEvent" e ON e."drillId" = d."id" AND e."seq" = d."lastSeq"
    WHERE d."status" = 'aborting' AND (e."at" IS NULL OR e."at" <= now() - make_interval(secs => ${idleMs / 1000}::double precision))
    LIMIT 50`;
  let ended = 0;
  for (const { id } of drills) {
    try {
      await continueAbort({ ctx, input: { drillId: id } });
      ended += 1;
    } catch (error) {
      if (error instanceof ConflictError) continue;
      logger.error({ err: error, drillId: id }, "could not finish an abandoned abort; the next sweep tries again");
    }
  }
  return ended;
}
