-- AlterTable: drills created before this had only the scenario's title; participants get the neutral default.
ALTER TABLE "Drill" ADD COLUMN "publicTitle" TEXT NOT NULL DEFAULT 'Incident drill';
ALTER TABLE "Drill" ALTER COLUMN "publicTitle" DROP DEFAULT;
