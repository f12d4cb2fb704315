import type { z } from "zod";
import { nowOf, type Ctx } from "../context";
import type { Participant } from "../db/generated/client";
import { dbOf } from "../context/transaction";
import { mutateDrill } from "../drills/internal/mutate";
import { ForbiddenError } from "../errors";
import { appendEvent } from "../timeline/append";
import { parseOrThrow } from "../validation";
import { INVALID_KEY, participantActor, participantOfKey, rosterMemberOfKey } from "./channel-participant";
import { enterBuiltinChannel } from "./get-channel";
import { hashParticipantKey, newGuestKey } from "../drills/roster/personal-key";
import { joinChannelSchema } from "./schemas";

export interface JoinedParticipant {
  participantId: string;
  displayName: string;
  /** Joined by name from the shared link rather than from a personal link. */
  guest: boolean;
  /** A new guest's key, handed out this once for the browser to keep; only its hash is stored. */
  secret?: string;
}

const identity = (participant: Participant): JoinedParticipant => ({ participantId: participant.id, displayName: participant.displayName, guest: participant.rosterMemberId === null });

/**
 * Enters the built-in channel. With a key: resumes its participant, or joins as the roster member whose personal link
 * carries it, under their roster name. Without one: joins as a guest under the name given, with a key of their own.
 */
export async function joinChannel({ ctx, input }: { ctx: Ctx; input: { token: string; secret?: string | null; data: Partial<z.input<typeof joinChannelSchema>> } }): Promise<JoinedParticipant> {
  const { drill, ctx: guest } = await enterBuiltinChannel(ctx, input.token);
  const drillId = drill.id;
  const key = input.secret;
  if (key) {
    const known = await participantOfKey(dbOf(ctx), drillId, key);
    if (known) return identity(known);
    const member = await rosterMemberOfKey(dbOf(ctx), drillId, key);
    if (!member) throw new ForbiddenError(INVALID_KEY);
    return mutateDrill(guest, drillId, "join_channel", async (tx) => {
      const secretHash = hashParticipantKey(key);
      // Another tab may have opened the same link first; a key derived under a rotated server secret replaces the old one.
      const earlier = await tx.participant.findUnique({ where: { rosterMemberId: member.id } });
      if (earlier) return identity(await tx.participant.update({ where: { id: earlier.id }, data: { secretHash } }));
      const participant = await tx.participant.create({ data: { drillId, displayName: member.name, rosterMemberId: member.id, secretHash, createdAt: nowOf(ctx) } });
      await appendEvent(tx, { ...guest, actor: participantActor(participant) }, drillId, { kind: "participant.joined", body: { participantId: participant.id, displayName: member.name } });
      return identity(participant);
    });
  }
  const { displayName } = parseOrThrow(joinChannelSchema, input.data);
  const { key: secret, hash } = newGuestKey();
  return mutateDrill(guest, drillId, "join_channel", async (tx) => {
    const participant = await tx.participant.create({ data: { drillId, displayName, secretHash: hash, createdAt: nowOf(ctx) } });
    await appendEvent(tx, { ...guest, actor: participantActor(participant) }, drillId, { kind: "participant.joined", body: { participantId: participant.id, displayName, guest: true } });
    return { ...identity(participant), secret };
  });
}
