-- Analytics across drills: each closed drill's figures and each responder's part, written from the frozen report at
-- the close. Drills closed before this are filled from their stored snapshots on first read (lib/analytics).
CREATE TABLE "DrillResult" (
  "drillId" TEXT NOT NULL,
  "scenarioId" TEXT NOT NULL,
  "revision" INTEGER NOT NULL,
  "exerciseId" TEXT,
  "facilitator" TEXT NOT NULL,
  "facilitatorId" TEXT,
  "declaredDifficulty" TEXT NOT NULL,
  "outcome" "DrillStatus" NOT NULL,
  "startedAt" TIMESTAMPTZ(3) NOT NULL,
  "endedAt" TIMESTAMPTZ(3) NOT NULL,
  "closedAt" TIMESTAMPTZ(3) NOT NULL,
  "durationMs" INTEGER NOT NULL,
  "timeBoxMinutes" INTEGER NOT NULL,
  "teams" TEXT[],
  "firstResponseMs" INTEGER,
  "acknowledgeMs" INTEGER,
  "escalateMs" INTEGER,
  "mitigateMs" INTEGER,
  "hintsUsed" INTEGER NOT NULL,
  "criteriaMet" INTEGER NOT NULL,
  "criteriaTotal" INTEGER NOT NULL,
  "ratings" JSONB NOT NULL,
  "surveyAnswers" INTEGER NOT NULL,
  "difficultyAvg" DOUBLE PRECISION,
  "usefulnessAvg" DOUBLE PRECISION,
  "enjoymentAvg" DOUBLE PRECISION,
  "contentHash" TEXT NOT NULL,
  CONSTRAINT "DrillResult_pkey" PRIMARY KEY ("drillId")
);
CREATE INDEX "DrillResult_closedAt_idx" ON "DrillResult"("closedAt");
CREATE INDEX "DrillResult_scenarioId_closedAt_idx" ON "DrillResult"("scenarioId", "closedAt");
ALTER TABLE "DrillResult" ADD CONSTRAINT "DrillResult_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "Drill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "ResponderResult" (
  "drillId" TEXT NOT NULL,
  "personKey" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "role" TEXT NOT NULL,
  "team" TEXT,
  "messages" INTEGER NOT NULL,
  "firstResponseMs" INTEGER,
  "acknowledgeMs" INTEGER,
  "closedAt" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "ResponderResult_pkey" PRIMARY KEY ("drillId", "personKey")
);
CREATE INDEX "ResponderResult_personKey_closedAt_idx" ON "ResponderResult"("personKey", "closedAt");
ALTER TABLE "ResponderResult" ADD CONSTRAINT "ResponderResult_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "Drill"("id") ON DELETE CASCADE ON UPDATE CASCADE;
