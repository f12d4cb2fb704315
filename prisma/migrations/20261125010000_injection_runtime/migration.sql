-- Per-scenario webhook signing secret. Existing scenarios get a random one: gen_random_uuid() draws
-- from the server's strong random source (two of them: 244 random bits). New ones come from the app.
ALTER TABLE "Scenario" ADD COLUMN "webhookSecret" TEXT;
UPDATE "Scenario" SET "webhookSecret" = 'whsec_' || replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '');
ALTER TABLE "Scenario" ALTER COLUMN "webhookSecret" SET NOT NULL;

-- CreateEnum
CREATE TYPE "InjectionPhase" AS ENUM ('injection', 'rollback');

-- CreateEnum
CREATE TYPE "InjectionRunStatus" AS ENUM ('running', 'ok', 'failed');

-- CreateTable
CREATE TABLE "InjectionRun" (
    "id" TEXT NOT NULL,
    "drillId" TEXT NOT NULL,
    "stepId" TEXT NOT NULL,
    "phase" "InjectionPhase" NOT NULL,
    "method" TEXT NOT NULL,
    "status" "InjectionRunStatus" NOT NULL DEFAULT 'running',
    "deliveryId" TEXT NOT NULL,
    "round" INTEGER NOT NULL DEFAULT 1,
    "duringAbort" BOOLEAN NOT NULL DEFAULT false,
    "override" BOOLEAN NOT NULL DEFAULT false,
    "startedBy" TEXT NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3),
    "result" JSONB,
    "eventSeq" INTEGER,

    CONSTRAINT "InjectionRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "InjectionRun_drillId_stepId_phase_key" ON "InjectionRun"("drillId", "stepId", "phase");

-- AddForeignKey
ALTER TABLE "InjectionRun" ADD CONSTRAINT "InjectionRun_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "Drill"("id") ON DELETE CASCADE ON UPDATE CASCADE;
