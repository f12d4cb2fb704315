import type { Tx } from "../../context/transaction";
import type { DrillReport } from "../report/types";

/** One person's part in a drill, keyed so the same person is found across drills. */
export interface ResponderFigures {
  personKey: string;
  name: string;
  role: string;
  team: string | null;
  messages: number;
  firstResponseMs: number | null;
  acknowledgeMs: number | null;
}

const earliest = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

function keyOf(person: { email: string | null; slackId: string | null }): string | null {
  if (person.email?.trim()) return `email:${person.email.trim().toLowerCase()}`;
  if (person.slackId?.trim()) return `slack:${person.slackId.trim()}`;
  return null;
}

/**
 * Who took part, as the same person across drills: roster people by email (else Slack id), Slack users off the roster by
 * their Slack id. Guests of the built-in channel have nothing that names them across drills, so they are left out.
 */
export async function respondersOf(tx: Tx, drillId: string, report: DrillReport): Promise<ResponderFigures[]> {
  const [roster, participants, acknowledgements] = await Promise.all([
    tx.rosterMember.findMany({ where: { drillId }, orderBy: { position: "asc" } }),
    tx.participant.findMany({ where: { drillId } }),
    tx.timelineEvent.findMany({ where: { drillId, kind: "alert.acknowledged", actorType: "participant" }, select: { actorId: true, offsetMs: true } }),
  ]);
  const reference = report.scorecard.reference.offsetMs;
  const bySlackId = new Map(roster.flatMap((member) => (member.slackId ? [[member.slackId, member] as const] : [])));
  const byId = new Map(roster.map((member) => [member.id, member]));
  const people = new Map<string, ResponderFigures>();
  for (const member of roster) {
    const personKey = keyOf(member);
    if (personKey) people.set(personKey, { personKey, name: member.name, role: member.role, team: member.team, messages: 0, firstResponseMs: null, acknowledgeMs: null });
  }
  const personOfParticipant = new Map<string, ResponderFigures>();
  for (const participant of participants) {
    const member = (participant.rosterMemberId ? byId.get(participant.rosterMemberId) : undefined) ?? (participant.provider === "slack" && participant.externalId ? bySlackId.get(participant.externalId) : undefined);
    const personKey = member ? keyOf(member) : participant.provider === "slack" && participant.externalId ? `slack:${participant.externalId}` : null;
    if (!personKey) continue;
    const person = people.get(personKey) ?? { personKey, name: participant.displayName, role: "responder", team: null, messages: 0, firstResponseMs: null, acknowledgeMs: null };
    people.set(personKey, person);
    personOfParticipant.set(participant.id, person);
  }
  for (const score of report.scorecard.participation.people) {
    const person = score.participantId ? personOfParticipant.get(score.participantId) : undefined;
    if (!person) continue;
    person.messages += score.messages;
    person.firstResponseMs = earliest(person.firstResponseMs, score.firstResponseMs);
  }
  for (const acknowledgement of acknowledgements) {
    const person = acknowledgement.actorId ? personOfParticipant.get(acknowledgement.actorId) : undefined;
    if (person && acknowledgement.offsetMs !== null) person.acknowledgeMs = earliest(person.acknowledgeMs, Math.max(0, acknowledgement.offsetMs - reference));
  }
  return [...people.values()];
}
