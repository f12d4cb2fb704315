import type { Actor } from "../context";
import type { Db } from "../db/client";
import { ForbiddenError, UnauthenticatedError } from "../errors";
import { participantOfKey, rosterMemberOfKey } from "../channel/channel-participant";

/** Who answers a survey, as one key per person and drill (see SurveyRespondent.key), and the name a named answer shows. */
export interface Respondent {
  key: string;
  name: string;
}

const NOT_A_RESPONDENT = "Only the drill's participants and staff answer its survey.";

async function rosterByEmail(tx: Db, drillId: string, email: string): Promise<Respondent | null> {
  const member = await tx.rosterMember.findFirst({ where: { drillId, email: { equals: email, mode: "insensitive" } } });
  return member ? { key: `roster:${member.id}`, name: member.name } : null;
}

async function staffRespondent(tx: Db, drillId: string, userId: string): Promise<Respondent> {
  const user = await tx.user.findUnique({ where: { id: userId } });
  if (!user) throw new ForbiddenError(NOT_A_RESPONDENT);
  // A facilitator who is also on the roster is one person, whichever way they answer.
  return (await rosterByEmail(tx, drillId, user.email)) ?? { key: `user:${user.id}`, name: user.name || user.email };
}

/** A channel participant (built-in or Slack): roster people are their roster entry, so their personal link and Slack id are one person. */
async function participantRespondent(tx: Db, drillId: string, participantId: string): Promise<Respondent> {
  const participant = await tx.participant.findUnique({ where: { id: participantId }, include: { rosterMember: true } });
  if (!participant || participant.drillId !== drillId || participant.provider === "slack_bot") throw new ForbiddenError(NOT_A_RESPONDENT);
  if (participant.rosterMember) return { key: `roster:${participant.rosterMember.id}`, name: participant.rosterMember.name };
  if (participant.provider === "slack" && participant.externalId) {
    const member = await tx.rosterMember.findFirst({ where: { drillId, slackId: participant.externalId } });
    if (member) return { key: `roster:${member.id}`, name: member.name };
    return { key: `slack:${participant.externalId}`, name: participant.displayName };
  }
  return { key: `participant:${participant.id}`, name: participant.displayName };
}

/** The respondent a verb's actor is. Share-link viewers, the system and strangers answer nothing. */
export async function respondentOfActor(tx: Db, drillId: string, actor: Actor): Promise<Respondent> {
  switch (actor.type) {
    case "admin":
    case "facilitator":
    case "observer":
      if (!actor.id) throw new ForbiddenError(NOT_A_RESPONDENT);
      return staffRespondent(tx, drillId, actor.id);
    case "token":
      return staffRespondent(tx, drillId, actor.userId);
    case "participant":
      if (actor.drillId !== drillId) throw new ForbiddenError(NOT_A_RESPONDENT);
      return participantRespondent(tx, drillId, actor.id);
    default:
      throw new ForbiddenError(NOT_A_RESPONDENT);
  }
}

/** A built-in channel key: a participant's (guest or roster), or a roster member's personal link never opened during the drill. */
export async function respondentOfKey(tx: Db, drillId: string, key: string | null | undefined): Promise<Respondent> {
  if (!key) throw new UnauthenticatedError("Open your personal link, or the channel in the browser you joined it from, to answer the survey.");
  const participant = await participantOfKey(tx, drillId, key);
  if (participant) return participantRespondent(tx, drillId, participant.id);
  const member = await rosterMemberOfKey(tx, drillId, key);
  if (member) return { key: `roster:${member.id}`, name: member.name };
  throw new ForbiddenError("This participant key is not valid for this channel: open your personal link again.");
}
