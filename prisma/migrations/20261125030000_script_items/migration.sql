-- CreateEnum
CREATE TYPE "ScriptItemKind" AS ENUM ('alert', 'hint', 'timebox');

-- CreateEnum
CREATE TYPE "ScriptItemStatus" AS ENUM ('pending', 'fired', 'skipped', 'cancelled');

-- CreateTable
CREATE TABLE "ScriptItem" (
    "id" TEXT NOT NULL,
    "drillId" TEXT NOT NULL,
    "kind" "ScriptItemKind" NOT NULL,
    "itemId" TEXT NOT NULL,
    "anchor" TEXT,
    "offsetMs" INTEGER NOT NULL,
    "dueOffsetMs" INTEGER,
    "unlessMilestone" TEXT,
    "status" "ScriptItemStatus" NOT NULL DEFAULT 'pending',
    "resolvedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ScriptItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScriptItem_drillId_kind_itemId_key" ON "ScriptItem"("drillId", "kind", "itemId");

-- CreateIndex
CREATE INDEX "ScriptItem_status_dueOffsetMs_idx" ON "ScriptItem"("status", "dueOffsetMs");

-- AddForeignKey
ALTER TABLE "ScriptItem" ADD CONSTRAINT "ScriptItem_drillId_fkey" FOREIGN KEY ("drillId") REFERENCES "Drill"("id") ON DELETE CASCADE ON UPDATE CASCADE;
