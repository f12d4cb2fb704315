-- AlterTable
ALTER TABLE "SlackInboundEvent" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "body" JSONB,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "processedAt" TIMESTAMPTZ(3);

-- Rows written before the inbox existed were handled when they were written.
UPDATE "SlackInboundEvent" SET "processedAt" = "receivedAt";

-- CreateIndex
CREATE INDEX "SlackInboundEvent_processedAt_receivedAt_idx" ON "SlackInboundEvent"("processedAt", "receivedAt");
