import type { Db } from "../../db/client";
import type { Participant, RosterMember } from "../../db/generated/client";
import type { RosterRole as DbRosterRole } from "../../db/generated/enums";
import type { ChatPerson } from "../../chat/port";
import { ROSTER_ROLES, type RosterRole } from "../../drill-model/roster-roles";

// The role list the UI and zod use is the database enum, value for value.
ROSTER_ROLES satisfies readonly DbRosterRole[];

export interface RosterPersonView {
  id: string;
  name: string;
  role: RosterRole;
  team: string | null;
  email: string | null;
  slackId: string | null;
  invitedAt: string | null;
  escalatedAt: string | null;
  /** In the channel: opened their personal link (built-in) or is a member of it (Slack). Invited: paged in, not there yet. */
  channel: ChannelState;
  joinedAt: string | null;
  /** Their own link into the built-in channel; only for people who run the drill, null otherwise. */
  personalLink: string | null;
}

export type ChannelState = "in_channel" | "invited" | "not_joined";

/** Someone in the channel who is not on the roster: joined by name from the shared link, or a Slack user nobody listed. */
export interface RosterGuestView {
  participantId: string;
  name: string;
  joinedAt: string;
}

/** A team of escalation responders, and whether it has been brought in. */
export interface EscalationTeamView {
  team: string;
  people: number;
  escalatedAt: string | null;
}

export interface RosterView {
  drillId: string;
  people: RosterPersonView[];
  teams: EscalationTeamView[];
  guests: RosterGuestView[];
}

export function personView(member: RosterMember, participant?: Participant, personalLink: string | null = null): RosterPersonView {
  return {
    id: member.id,
    name: member.name,
    role: member.role,
    team: member.team,
    email: member.email,
    slackId: member.slackId,
    invitedAt: member.invitedAt?.toISOString() ?? null,
    escalatedAt: member.escalatedAt?.toISOString() ?? null,
    channel: participant ? "in_channel" : member.invitedAt ? "invited" : "not_joined",
    joinedAt: participant?.createdAt.toISOString() ?? null,
    personalLink,
  };
}

export function chatPerson(member: Pick<RosterMember, "name" | "role" | "team" | "email" | "slackId">): ChatPerson {
  return { name: member.name, role: member.role, team: member.team, email: member.email, slackId: member.slackId };
}

export interface RosterSource {
  drillId: string;
  members: RosterMember[];
  /** The drill's participants, with which roster entry each stands for (see `rosterParticipants`). */
  participants?: { participant: Participant; memberId: string | null }[];
  personalLink?: (member: RosterMember) => string | null;
}

export function rosterView({ drillId, members, participants = [], personalLink = () => null }: RosterSource): RosterView {
  const teams = new Map<string, EscalationTeamView>();
  for (const member of members) {
    if (member.role !== "escalation_responder" || !member.team) continue;
    const team = teams.get(member.team) ?? { team: member.team, people: 0, escalatedAt: null };
    team.people += 1;
    team.escalatedAt ??= member.escalatedAt?.toISOString() ?? null;
    teams.set(member.team, team);
  }
  const byMember = new Map(participants.flatMap(({ participant, memberId }) => (memberId ? [[memberId, participant] as const] : [])));
  const guests = participants
    .filter(({ memberId }) => !memberId)
    .map(({ participant }) => ({ participantId: participant.id, name: participant.displayName, joinedAt: participant.createdAt.toISOString() }));
  return { drillId, people: members.map((member) => personView(member, byMember.get(member.id), personalLink(member))), teams: [...teams.values()], guests };
}

/**
 * Which roster entry each participant stands for: built-in participants carry it since their personal link opened;
 * a Slack user is on the roster when the roster lists their Slack id, and has a participant once Slack had them in
 * the channel (a join, a message, a button).
 */
export function rosterParticipants(chatProvider: string, members: RosterMember[], participants: Participant[]): { participant: Participant; memberId: string | null }[] {
  const bySlackId = new Map(members.flatMap((member) => (member.slackId ? [[member.slackId, member.id] as const] : [])));
  return participants
    .filter((participant) => participant.provider === chatProvider)
    .map((participant) => ({
      participant,
      memberId: participant.rosterMemberId ?? (participant.provider === "slack" && participant.externalId ? (bySlackId.get(participant.externalId) ?? null) : null),
    }));
}

export function loadRosterMembers(db: Db, drillId: string): Promise<RosterMember[]> {
  return db.rosterMember.findMany({ where: { drillId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
}
