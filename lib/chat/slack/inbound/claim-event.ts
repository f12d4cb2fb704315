import type { Tx } from "../../../db/transaction";

/**
 * Records a Slack delivery as handled, inside the transaction that handles it. False: it was handled
 * already (Slack redelivered it). A concurrent duplicate waits on the key until the first commits.
 */
export async function claimSlackEvent(tx: Tx, eventId: string | undefined): Promise<boolean> {
  if (!eventId) return true;
  const inserted = await tx.$executeRaw`INSERT INTO "SlackInboundEvent" ("eventId") VALUES (${eventId}) ON CONFLICT DO NOTHING`;
  return inserted === 1;
}
