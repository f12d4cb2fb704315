-- CreateEnum
CREATE TYPE "RosterRole" AS ENUM ('facilitator', 'incident_commander', 'active_responder', 'escalation_responder', 'observer');

-- CreateTable
CREATE TABLE "RosterMember" (
    "id" TEXT NOT NULL,
    "drillId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "role" "RosterRole" NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,
    "slackId" TEXT,
    "team" TEXT,
    "invitedAt" TIMESTAMPTZ(3),
    "escalatedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RosterMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "drillId" TEXT NOT NULL,
    "milestone" TEXT NOT NULL,
    "reachedOffsetMs" INTEGER NOT NULL,
    "reachedAt" TIMESTAMPTZ(3) NOT NULL,
    "evidenceSeq" INTEGER,
    "note" TEXT NOT NULL DEFAULT '',
    "recordedSeq" INTEGER NOT NULL,
    "recordedBy" TEXT NOT NULL,
    "recordedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MilestoneCorrection" (
    "id" SERIAL NOT NULL,
    "milestoneId" TEXT NOT NULL,
    "fromOffsetMs" INTEGER NOT NULL,
    "toOffsetMs" INTEGER NOT NULL,
    "fromAt" TIMESTAMPTZ(3) NOT NULL,
    "toAt" TIMESTAMPTZ(3) NOT NULL,
    "toSeq" INTEGER,
    "reason" TEXT NOT NULL,
    "correctedBy" TEXT NOT NULL,
    "correctedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "seq" INTEGER NOT NULL,

    CONSTRAINT "MilestoneCorrection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RosterMember_drillId_position_idx" ON "RosterMember"("drillId", "position");

-- CreateIndex
CREATE UNIQUE INDEX "Milestone_drillId_milestone_key" ON "Milestone"("drillId", "milestone");

-- CreateIndex
CREATE INDEX "MilestoneCorrection_milestoneId_correctedAt_idx" ON "MilestoneCorrection"("milestoneId", "correctedAt");

-- AddForeignKey
ALTER TABLE "RosterMember" ADD CONSTRAINT "RosterMember_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "Drill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Milestone" ADD CONSTRAINT "Milestone_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "Drill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MilestoneCorrection" ADD CONSTRAINT "MilestoneCorrection_milestoneId_fkey" FOREIGN KEY ("milestoneId") REFERENCES "Milestone"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: milestones recorded before this table existed live only in the timeline.
INSERT INTO "Milestone" ("id", "drillId", "milestone", "reachedOffsetMs", "reachedAt", "note", "recordedSeq", "recordedBy", "recordedAt")
SELECT DISTINCT ON ("drillId", "body"->>'milestone')
    'm' || md5("drillId" || ':' || ("body"->>'milestone')),
    "drillId",
    "body"->>'milestone',
    COALESCE("offsetMs", 0),
    "at",
    COALESCE("body"->>'note', ''),
    "seq",
    "actorName",
    "at"
FROM "TimelineEvent"
WHERE "kind" = 'milestone.recorded'
ORDER BY "drillId", "body"->>'milestone', "seq";
