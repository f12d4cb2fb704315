import type { Db } from "../db/client";
import type { RosterMember } from "../db/generated/client";
import type { RosterRole as DbRosterRole } from "../db/generated/enums";
import type { ChatPerson } from "../chat/port";
import { ROSTER_ROLES, type RosterRole } from "./roles";

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
}

export function personView(member: RosterMember): RosterPersonView {
  return {
    id: member.id,
    name: member.name,
    role: member.role,
    team: member.team,
    email: member.email,
    slackId: member.slackId,
    invitedAt: member.invitedAt?.toISOString() ?? null,
    escalatedAt: member.escalatedAt?.toISOString() ?? null,
  };
}

export function chatPerson(member: Pick<RosterMember, "name" | "role" | "team" | "email" | "slackId">): ChatPerson {
  return { name: member.name, role: member.role, team: member.team, email: member.email, slackId: member.slackId };
}

export function rosterView(drillId: string, members: RosterMember[]): RosterView {
  const teams = new Map<string, EscalationTeamView>();
  for (const member of members) {
    if (member.role !== "escalation_responder" || !member.team) continue;
    const team = teams.get(member.team) ?? { team: member.team, people: 0, escalatedAt: null };
    team.people += 1;
    team.escalatedAt ??= member.escalatedAt?.toISOString() ?? null;
    teams.set(member.team, team);
  }
  return { drillId, people: members.map(personView), teams: [...teams.values()] };
}

export function loadRosterMembers(db: Db, drillId: string): Promise<RosterMember[]> {
  return db.rosterMember.findMany({ where: { drillId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
}
