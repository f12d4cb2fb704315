import type { Prisma } from "../../../db/generated/client";
import { prisma } from "../../../db/client";
import { inTransaction } from "../../../context/transaction";
import { systemActor } from "../../../context";
import type { OpOutcome } from "./execute-op";

export interface ClaimedOp {
  id: bigint;
  drillId: string;
  op: Prisma.JsonValue;
  attempts: number;
}

/**
 * Leases the oldest pending op of a drill's channel, if it is due and nobody holds it. Only the head
 * is ever claimable, and the row lock serializes claims, so a channel's ops go out one at a time, in order.
 */
export async function claimHead(drillId: string, leaseMs: number): Promise<ClaimedOp | null> {
  const rows = await prisma().$queryRaw<ClaimedOp[]>`
    UPDATE "ChatOutbox" SET "leaseUntil" = now() + ${leaseMs} * interval '1 millisecond', "attempts" = "attempts" + 1
    WHERE "id" = (SELECT "id" FROM "ChatOutbox" WHERE "drillId" = ${drillId} AND "status" = 'pending' ORDER BY "id" LIMIT 1 FOR UPDATE)
      AND "nextAttemptAt" <= now() AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
    RETURNING "id", "drillId", "op", "attempts"`;
  return rows[0] ?? null;
}

/** When the head of a drill's queue can next be tried (null: nothing pending). */
export async function headDueAt(drillId: string): Promise<Date | null> {
  const rows = await prisma().$queryRaw<{ due: Date }[]>`
    SELECT GREATEST("nextAttemptAt", COALESCE("leaseUntil", "nextAttemptAt")) AS "due" FROM "ChatOutbox"
    WHERE "drillId" = ${drillId} AND "status" = 'pending' ORDER BY "id" LIMIT 1`;
  return rows[0]?.due ?? null;
}

/** Channels with an op due now and not leased: what the sweep wakes after a crash or restart. */
export async function dueChannels(limit = 500): Promise<string[]> {
  const rows = await prisma().$queryRaw<{ drillId: string }[]>`
    SELECT DISTINCT "drillId" FROM "ChatOutbox"
    WHERE "status" = 'pending' AND "nextAttemptAt" <= now() AND ("leaseUntil" IS NULL OR "leaseUntil" < now())
    LIMIT ${limit}`;
  return rows.map((row) => row.drillId);
}

/** Writes what became of a claimed op; after a call to Slack, the channel's next op waits `paceMs`. */
export async function settle(claimed: ClaimedOp, outcome: OpOutcome, paceMs: number): Promise<void> {
  await inTransaction({ actor: systemActor }, async (tx) => {
    const id = claimed.id;
    if (outcome.kind === "retry") {
      await tx.$executeRaw`UPDATE "ChatOutbox" SET "status" = 'pending', "leaseUntil" = NULL, "lastError" = ${outcome.error},
        "nextAttemptAt" = now() + ${outcome.afterMs} * interval '1 millisecond' WHERE "id" = ${id}`;
      return;
    }
    const status = outcome.kind === "sent" ? "sent" : outcome.kind;
    const note = outcome.kind === "failed" ? outcome.error : outcome.kind === "skipped" ? outcome.reason : null;
    await tx.chatOutbox.update({ where: { id }, data: { status, leaseUntil: null, lastError: note, doneAt: new Date() } });
    if (outcome.kind === "sent" && outcome.record) await outcome.record(tx);
    if (outcome.kind !== "skipped" && paceMs > 0)
      await tx.$executeRaw`UPDATE "ChatOutbox" SET "nextAttemptAt" = GREATEST("nextAttemptAt", now() + ${paceMs} * interval '1 millisecond')
        WHERE "drillId" = ${claimed.drillId} AND "status" = 'pending'`;
  });
}
