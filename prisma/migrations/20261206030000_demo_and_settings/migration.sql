-- Seeded demo drills are marked, so pages can badge them and analytics can leave them out.
ALTER TABLE "Drill" ADD COLUMN "demo" BOOLEAN NOT NULL DEFAULT false;

-- This drillroom's settings: one row, changed by admins.
CREATE TABLE "Settings" (
  "id" INTEGER NOT NULL DEFAULT 1,
  "responderAnalytics" BOOLEAN NOT NULL DEFAULT true,
  "updatedAt" TIMESTAMPTZ(3) NOT NULL,
  CONSTRAINT "Settings_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "Settings_one_row" CHECK ("id" = 1)
);
