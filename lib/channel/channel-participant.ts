import type { Actor } from "../context";
import type { Db } from "../db/client";
import type { Participant, RosterMember } from "../db/generated/client";
import { ForbiddenError, UnauthenticatedError } from "../errors";
import { hashParticipantKey, personalKey, sameKey } from "../drills/roster/personal-key";

export type ParticipantActor = Extract<Actor, { type: "participant" }>;

export const INVALID_KEY = "This participant key is not valid for this channel: open your personal link again, or join with a display name.";

export function participantActor(participant: Pick<Participant, "id" | "displayName" | "drillId">): ParticipantActor {
  return { type: "participant", id: participant.id, name: participant.displayName, drillId: participant.drillId };
}

/** The drill's participant a key belongs to; null for a key of another drill or no key at all. */
export async function participantOfKey(db: Db, drillId: string, key: string): Promise<Participant | null> {
  const participant = await db.participant.findUnique({ where: { secretHash: hashParticipantKey(key) } });
  return participant?.drillId === drillId ? participant : null;
}

/** The roster member whose personal link carries this key. Rosters are small (at most 200), so each key is derived and compared. */
export async function rosterMemberOfKey(db: Db, drillId: string, key: string): Promise<RosterMember | null> {
  const members = await db.rosterMember.findMany({ where: { drillId } });
  return members.find((member) => sameKey(personalKey(member.id), key)) ?? null;
}

/** Who acts in the built-in channel: always the holder of the key, whatever the request body says. */
export async function keyHolder(db: Db, drillId: string, key: string | null | undefined): Promise<ParticipantActor> {
  if (!key) throw new UnauthenticatedError("Join the channel first: open your personal link, or join with a display name.");
  const participant = await participantOfKey(db, drillId, key);
  if (!participant) throw new ForbiddenError(INVALID_KEY);
  return participantActor(participant);
}
