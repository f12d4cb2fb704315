-- Links for others (channel, share links, Slack) are built from where the drill was created when DRILLROOM_URL is unset.
ALTER TABLE "Drill" ADD COLUMN "publicOrigin" TEXT;

-- Audit rows name their target as it was called then (a drill's title, a user's email), beside its id.
ALTER TABLE "AuditEntry" ADD COLUMN "targetLabel" TEXT;
UPDATE "AuditEntry" AS a SET "targetLabel" = d."title" FROM "Drill" AS d WHERE a."targetType" = 'drill' AND a."targetId" = d."id";
UPDATE "AuditEntry" AS a SET "targetLabel" = u."email" FROM "User" AS u WHERE a."targetType" = 'user' AND a."targetId" = u."id";
