-- The debrief: a drill keeps its outcome through review and close, can be revealed to participants,
-- belongs to an exercise (a game day), and freezes its report at close.
ALTER TABLE "Drill"
  ADD COLUMN "outcome" "DrillStatus",
  ADD COLUMN "exerciseId" TEXT,
  ADD COLUMN "revealedAt" TIMESTAMPTZ(3),
  ADD COLUMN "closedAt" TIMESTAMPTZ(3);
UPDATE "Drill" SET "outcome" = "status" WHERE "status" IN ('mitigated', 'failed', 'timed_out', 'aborted');

CREATE TABLE "Exercise" (
  "id" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "date" DATE NOT NULL,
  "description" TEXT NOT NULL DEFAULT '',
  "createdBy" TEXT NOT NULL,
  "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "Exercise_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "Exercise_date_idx" ON "Exercise"("date");
CREATE INDEX "Drill_exerciseId_idx" ON "Drill"("exerciseId");
ALTER TABLE "Drill" ADD CONSTRAINT "Drill_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "ReportSnapshot" (
  "id" SERIAL NOT NULL,
  "drillId" TEXT NOT NULL,
  "content" JSONB NOT NULL,
  "contentHash" TEXT NOT NULL,
  "markdown" TEXT NOT NULL,
  "pdf" BYTEA,
  "closedAt" TIMESTAMPTZ(3) NOT NULL,
  "closedBy" TEXT NOT NULL,
  "seq" INTEGER NOT NULL,
  CONSTRAINT "ReportSnapshot_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ReportSnapshot_drillId_id_idx" ON "ReportSnapshot"("drillId", "id");
ALTER TABLE "ReportSnapshot" ADD CONSTRAINT "ReportSnapshot_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "Drill"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Milestone" ADD COLUMN "afterTheFact" BOOLEAN NOT NULL DEFAULT false;
