import type { ChannelPost } from "../../chat/port";
import { canInviteWith } from "../../chat/directory";
import type { Ctx } from "../../context";
import { nowOf } from "../../context";
import type { Drill, RosterMember } from "../../db/generated/client";
import type { Tx } from "../../context/transaction";
import { appendEvent } from "../../timeline/append";
import { chatPerson } from "./view";

type Members = Pick<RosterMember, "id" | "name" | "role" | "team" | "email" | "slackId">[];

/**
 * Brings people into the channel: marks them invited, appends `roster.invited` naming anyone the chat
 * provider cannot find, and returns what to say in the channel (null: nobody to invite).
 */
export async function inviteMembers(tx: Tx, ctx: Ctx, drill: Pick<Drill, "id" | "chatProvider">, members: Members): Promise<ChannelPost | null> {
  if (members.length === 0) return null;
  const canInvite = canInviteWith(drill.chatProvider);
  const invited = members.filter((member) => canInvite(chatPerson(member)));
  const notFound = members.filter((member) => !invited.includes(member)).map((member) => member.name);
  await tx.rosterMember.updateMany({ where: { id: { in: invited.map((member) => member.id) } }, data: { invitedAt: nowOf(ctx) } });
  const people = invited.map(({ name, role, team }) => ({ name, role, ...(team ? { team } : {}) }));
  await appendEvent(tx, ctx, drill.id, { kind: "roster.invited", body: { people, ...(notFound.length ? { notFound } : {}) } });
  return { kind: "roster", people: invited.map(chatPerson), ...(notFound.length ? { notFound } : {}) };
}
