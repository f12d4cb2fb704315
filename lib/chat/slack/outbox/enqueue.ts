import type { Prisma } from "../../../db/generated/client";
import type { Tx } from "../../../context/transaction";
import { OUTBOX_CHANNEL, type SlackOp } from "./ops";

/**
 * Adds Slack calls to the drill's outbox inside the caller's transaction. The NOTIFY is delivered
 * on commit, so every instance's dispatcher wakes exactly when there is something to send.
 */
export async function enqueueSlackOps(tx: Tx, drillId: string, ops: SlackOp[]): Promise<void> {
  if (ops.length === 0) return;
  await tx.chatOutbox.createMany({ data: ops.map((op) => ({ drillId, provider: "slack", op: op as unknown as Prisma.InputJsonValue })) });
  await tx.$executeRaw`SELECT pg_notify(${OUTBOX_CHANNEL}, ${drillId})`;
}
