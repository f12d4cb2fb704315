-- The hot wash: the survey (answers kept apart from who answered), the retrospective by audience, and the
-- improvement plan with its history.
ALTER TABLE "Exercise" ADD COLUMN "surveyQuestions" JSONB NOT NULL DEFAULT '[]';

CREATE TABLE "SurveyAnswer" (
  "id" TEXT NOT NULL,
  "drillId" TEXT NOT NULL,
  "anonymous" BOOLEAN NOT NULL,
  "respondentKey" TEXT,
  "respondentName" TEXT,
  "answers" JSONB NOT NULL,
  "updatedAt" TIMESTAMPTZ(3),
  CONSTRAINT "SurveyAnswer_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "SurveyAnswer_drillId_respondentKey_key" ON "SurveyAnswer"("drillId", "respondentKey");
CREATE INDEX "SurveyAnswer_drillId_idx" ON "SurveyAnswer"("drillId");
ALTER TABLE "SurveyAnswer" ADD CONSTRAINT "SurveyAnswer_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "Drill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "SurveyRespondent" (
  "drillId" TEXT NOT NULL,
  "key" TEXT NOT NULL,
  CONSTRAINT "SurveyRespondent_pkey" PRIMARY KEY ("drillId", "key")
);
ALTER TABLE "SurveyRespondent" ADD CONSTRAINT "SurveyRespondent_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "Drill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TYPE "RetroCategory" AS ENUM ('strength', 'improvement', 'communication', 'escalation', 'lesson');
CREATE TABLE "RetroItem" (
  "id" TEXT NOT NULL,
  "drillId" TEXT NOT NULL,
  "category" "RetroCategory" NOT NULL,
  "audience" TEXT NOT NULL,
  "text" TEXT NOT NULL,
  "detail" TEXT NOT NULL DEFAULT '',
  "evidenceSeqs" INTEGER[],
  "noteSeqs" INTEGER[],
  "draft" BOOLEAN NOT NULL DEFAULT false,
  "position" INTEGER NOT NULL,
  "createdBy" TEXT NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "RetroItem_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "RetroItem_drillId_position_idx" ON "RetroItem"("drillId", "position");
ALTER TABLE "RetroItem" ADD CONSTRAINT "RetroItem_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "Drill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TYPE "ActionStatus" AS ENUM ('open', 'in_progress', 'done', 'wont_do');
CREATE TYPE "ActionPriority" AS ENUM ('high', 'medium', 'low');
CREATE TYPE "ActionCategory" AS ENUM ('planning', 'organisation', 'tooling', 'training', 'exercise');
CREATE TABLE "ActionItem" (
  "id" TEXT NOT NULL,
  "drillId" TEXT,
  "exerciseId" TEXT,
  "retroItemId" TEXT,
  "title" TEXT NOT NULL,
  "description" TEXT NOT NULL DEFAULT '',
  "owner" TEXT NOT NULL,
  "dueDate" DATE,
  "priority" "ActionPriority" NOT NULL DEFAULT 'medium',
  "status" "ActionStatus" NOT NULL DEFAULT 'open',
  "category" "ActionCategory" NOT NULL,
  "audience" TEXT NOT NULL DEFAULT 'everyone',
  "trackerUrl" TEXT,
  "verifyScenarioId" TEXT,
  "verifyMilestone" TEXT,
  "proposedDrillId" TEXT,
  "proposedAt" TIMESTAMPTZ(3),
  "verifiedDrillId" TEXT,
  "verifiedAt" TIMESTAMPTZ(3),
  "verifiedBy" TEXT,
  "createdBy" TEXT NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "ActionItem_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ActionItem_drillId_idx" ON "ActionItem"("drillId");
CREATE INDEX "ActionItem_exerciseId_idx" ON "ActionItem"("exerciseId");
CREATE INDEX "ActionItem_status_dueDate_idx" ON "ActionItem"("status", "dueDate");
CREATE INDEX "ActionItem_verifyScenarioId_idx" ON "ActionItem"("verifyScenarioId");
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "Drill"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ActionItem" ADD CONSTRAINT "ActionItem_retroItemId_fkey" FOREIGN KEY ("retroItemId") REFERENCES "RetroItem"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "ActionItemChange" (
  "id" SERIAL NOT NULL,
  "itemId" TEXT NOT NULL,
  "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "actorName" TEXT NOT NULL,
  "kind" TEXT NOT NULL,
  "detail" JSONB NOT NULL,
  CONSTRAINT "ActionItemChange_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ActionItemChange_itemId_id_idx" ON "ActionItemChange"("itemId", "id");
ALTER TABLE "ActionItemChange" ADD CONSTRAINT "ActionItemChange_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "ActionItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
