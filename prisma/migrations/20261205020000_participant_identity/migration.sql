-- A built-in channel participant is tied to the roster entry whose personal link opened it, and acts only
-- through its key, kept as a SHA-256.
ALTER TABLE "Participant" ADD COLUMN     "rosterMemberId" TEXT,
ADD COLUMN     "secretHash" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Participant_rosterMemberId_key" ON "Participant"("rosterMemberId");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_secretHash_key" ON "Participant"("secretHash");

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_rosterMemberId_fkey" FOREIGN KEY ("rosterMemberId") REFERENCES "RosterMember"("id") ON DELETE SET NULL ON UPDATE CASCADE;
