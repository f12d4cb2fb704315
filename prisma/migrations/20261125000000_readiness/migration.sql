-- CreateEnum
CREATE TYPE "ReadinessItem" AS ENUM ('injection', 'signals', 'model_answer');

-- CreateEnum
CREATE TYPE "DryRunStatus" AS ENUM ('running', 'passed', 'failed');

-- CreateTable
CREATE TABLE "ReadinessCheck" (
    "id" SERIAL NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "item" "ReadinessItem" NOT NULL,
    "verified" BOOLEAN NOT NULL,
    "verifiedBy" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "revision" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReadinessCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DryRun" (
    "id" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "status" "DryRunStatus" NOT NULL DEFAULT 'running',
    "startedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMPTZ(3),
    "results" JSONB NOT NULL,
    "startedBy" TEXT NOT NULL,

    CONSTRAINT "DryRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ReadinessCheck_scenarioId_item_createdAt_idx" ON "ReadinessCheck"("scenarioId", "item", "createdAt");

-- CreateIndex
CREATE INDEX "DryRun_scenarioId_startedAt_idx" ON "DryRun"("scenarioId", "startedAt");

-- AddForeignKey
ALTER TABLE "ReadinessCheck" ADD CONSTRAINT "ReadinessCheck_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DryRun" ADD CONSTRAINT "DryRun_scenarioId_fkey" FOREIGN KEY ("scenarioId") REFERENCES "Scenario"("id") ON DELETE CASCADE ON UPDATE CASCADE;
