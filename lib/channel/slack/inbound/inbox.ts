import type { Prisma } from "../../../db/generated/client";
import { prisma } from "../../../db/client";

export type InboxState = "new" | "pending" | "processed";

/**
 * Stores an Events API delivery before it is acknowledged: once Slack has its 200 it never sends the
 * event again, so from then on the inbox is the only copy. "processed": a redelivery of an event
 * already handled; "pending": stored before but not handled yet (in progress, or failed and waiting).
 */
export async function storeInbound(eventId: string, body: unknown): Promise<InboxState> {
  const inserted = await prisma().$executeRaw`
    INSERT INTO "SlackInboundEvent" ("eventId", "body") VALUES (${eventId}, ${JSON.stringify(body)}::jsonb) ON CONFLICT ("eventId") DO NOTHING`;
  if (inserted === 1) return "new";
  const row = await prisma().slackInboundEvent.findUnique({ where: { eventId }, select: { processedAt: true } });
  return row?.processedAt ? "processed" : "pending";
}

/** The listeners finished with the event (also when they ignored it: a bot's message, another channel). */
export async function markInboundDone(eventId: string): Promise<void> {
  await prisma().$executeRaw`UPDATE "SlackInboundEvent" SET "processedAt" = now(), "lastError" = NULL WHERE "eventId" = ${eventId} AND "processedAt" IS NULL`;
}

export async function markInboundFailed(eventId: string, error: unknown): Promise<void> {
  const message = error instanceof Error ? error.message : String(error);
  await prisma().slackInboundEvent.updateMany({ where: { eventId, processedAt: null }, data: { attempts: { increment: 1 }, lastError: message.slice(0, 1000) } });
}

/** Events stored but not handled after `olderThanMs`: their first try failed or its process died. */
export async function unhandledInbound(olderThanMs: number, maxAttempts: number, limit: number): Promise<{ eventId: string; body: Prisma.JsonValue }[]> {
  return prisma().$queryRaw<{ eventId: string; body: Prisma.JsonValue }[]>`
    SELECT "eventId", "body" FROM "SlackInboundEvent"
    WHERE "processedAt" IS NULL AND "body" IS NOT NULL AND "attempts" < ${maxAttempts}
      AND "receivedAt" < now() - ${olderThanMs} * interval '1 millisecond'
    ORDER BY "receivedAt" LIMIT ${limit}`;
}
