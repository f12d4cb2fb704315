-- AlterTable
ALTER TABLE "ApiToken" ADD COLUMN     "lastAuditedAt" TIMESTAMPTZ(3);
