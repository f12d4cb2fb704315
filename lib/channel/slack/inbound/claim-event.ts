import type { Tx } from "../../../context/transaction";

/**
 * Marks a Slack delivery handled, inside the transaction that handles it. False: it was handled
 * already (Slack redelivered it, or the inbox retried it). A concurrent copy waits on the row until
 * the first commits, then sees it handled. Events that did not come through the inbox (Socket Mode)
 * are inserted here.
 */
export async function claimSlackEvent(tx: Tx, eventId: string | undefined): Promise<boolean> {
  if (!eventId) return true;
  const claimed = await tx.$executeRaw`
    INSERT INTO "SlackInboundEvent" ("eventId", "processedAt") VALUES (${eventId}, now())
    ON CONFLICT ("eventId") DO UPDATE SET "processedAt" = now() WHERE "SlackInboundEvent"."processedAt" IS NULL`;
  return claimed === 1;
}
