-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('pending', 'sent', 'failed', 'skipped');

-- CreateTable
CREATE TABLE "ChatOutbox" (
    "id" BIGSERIAL NOT NULL,
    "drillId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "op" JSONB NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" TIMESTAMPTZ(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "doneAt" TIMESTAMPTZ(3),

    CONSTRAINT "ChatOutbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlackChannel" (
    "drillId" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" TIMESTAMPTZ(3),

    CONSTRAINT "SlackChannel_pkey" PRIMARY KEY ("drillId")
);

-- CreateTable
CREATE TABLE "SlackMessage" (
    "id" SERIAL NOT NULL,
    "drillId" TEXT NOT NULL,
    "ref" TEXT NOT NULL,
    "channelId" TEXT NOT NULL,
    "ts" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlackMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SlackInboundEvent" (
    "eventId" TEXT NOT NULL,
    "receivedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlackInboundEvent_pkey" PRIMARY KEY ("eventId")
);

-- CreateIndex
CREATE INDEX "ChatOutbox_drillId_status_id_idx" ON "ChatOutbox"("drillId", "status", "id");

-- CreateIndex
CREATE INDEX "ChatOutbox_status_nextAttemptAt_idx" ON "ChatOutbox"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "SlackChannel_channelId_key" ON "SlackChannel"("channelId");

-- CreateIndex
CREATE UNIQUE INDEX "SlackMessage_drillId_ref_key" ON "SlackMessage"("drillId", "ref");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_drillId_provider_externalId_key" ON "Participant"("drillId", "provider", "externalId");

-- CreateIndex
CREATE INDEX "TimelineEvent_drillId_ref_idx" ON "TimelineEvent"("drillId", "ref");

-- AddForeignKey
ALTER TABLE "ChatOutbox" ADD CONSTRAINT "ChatOutbox_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "Drill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlackChannel" ADD CONSTRAINT "SlackChannel_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "Drill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlackMessage" ADD CONSTRAINT "SlackMessage_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "Drill"("id") ON DELETE CASCADE ON UPDATE CASCADE;
