import { ROLE_LABELS, type RosterRole } from "../../drill-model/roster-roles";
import { isStaffRole } from "../../drill-model/permissions";
import type { TimelineEventView } from "../../timeline/events";

/** Who was on the drill's roster, and how the people on the timeline are found on it. */
export interface ReplayRoster {
  members: { id: string; name: string; role: RosterRole; team: string | null; email: string | null; slackId: string | null }[];
  participants: { id: string; rosterMemberId: string | null; provider: string; externalId: string | null }[];
  /** Staff accounts that acted on the timeline, to find them on the roster by email. */
  staff: { id: string; email: string }[];
}

export interface Person {
  /** Stable across requests and URL-safe: `person:<participant or account id>`. */
  laneId: string;
  name: string;
  detail?: string;
}

/** The lane-id part for a key: as it is when it is already URL-safe, else a short hash of it. */
function urlSafe(key: string): string {
  if (/^[\w.-]{1,64}$/.test(key)) return key;
  let hash = 0x811c9dc5;
  for (const char of key) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `~${hash.toString(16).padStart(8, "0")}`;
}

/** The events a person's lane draws; anything done by the system (the scheduler, the bot) belongs to the script. */
export function isPersonEvent(event: TimelineEventView): boolean {
  if (event.actor.type === "system" || event.actor.type === "anonymous") return false;
  return event.kind === "chat.message" || event.kind === "alert.acknowledged" || event.kind === "team.escalated" || event.kind === "participant.joined";
}

function keyOf(event: TimelineEventView): string {
  if (event.kind === "participant.joined") return event.body.participantId;
  if (event.kind === "chat.message" && event.actor.type === "participant" && event.body.participantId) return event.body.participantId;
  return event.actor.id ?? `name:${event.actor.name}`;
}

function describe(member: ReplayRoster["members"][number]): string {
  return member.team ? `${ROLE_LABELS[member.role]} · ${member.team}` : ROLE_LABELS[member.role];
}

/**
 * Finds the person behind each event, once per person: participants by their roster entry (a personal link) or their
 * Slack id, staff by their account's email. People off the roster (guests, bots) get their name and no detail.
 */
export function peopleFinder(roster: ReplayRoster): (event: TimelineEventView) => Person {
  const members = new Map(roster.members.map((member) => [member.id, member]));
  const bySlackId = new Map(roster.members.flatMap((member) => (member.slackId ? [[member.slackId, member] as const] : [])));
  const byEmail = new Map(roster.members.flatMap((member) => (member.email ? [[member.email.trim().toLowerCase(), member] as const] : [])));
  const participants = new Map(roster.participants.map((participant) => [participant.id, participant]));
  const staffEmails = new Map(roster.staff.map((account) => [account.id, account.email.trim().toLowerCase()]));
  const found = new Map<string, Person>();

  const memberOf = (event: TimelineEventView, key: string) => {
    const participant = participants.get(key);
    if (participant) return (participant.rosterMemberId ? members.get(participant.rosterMemberId) : undefined) ?? (participant.provider === "slack" && participant.externalId ? bySlackId.get(participant.externalId) : undefined);
    const email = isStaffRole(event.actor.type) && event.actor.id ? staffEmails.get(event.actor.id) : undefined;
    return email ? byEmail.get(email) : undefined;
  };

  return (event) => {
    const key = keyOf(event);
    const known = found.get(key);
    if (known) return known;
    const member = memberOf(event, key);
    const bot = event.kind === "chat.message" && event.body.botId;
    const name = event.kind === "participant.joined" ? event.body.displayName : event.actor.name;
    const person: Person = { laneId: `person:${urlSafe(key)}`, name, ...(member ? { detail: describe(member) } : bot ? { detail: "bot" } : {}) };
    found.set(key, person);
    return person;
  };
}
