import type { Tx } from "../../context/transaction";
import type { RosterPersonInput } from "./schemas";

export type NewRosterPerson = RosterPersonInput & { invitedAt?: Date | null; escalatedAt?: Date | null };

/** Appends people to a drill's roster after the ones already there, in the order given; returns their ids in that order. */
export async function insertRosterPeople(tx: Tx, drillId: string, people: NewRosterPerson[]): Promise<string[]> {
  if (people.length === 0) return [];
  const last = await tx.rosterMember.aggregate({ where: { drillId }, _max: { position: true } });
  const first = (last._max.position ?? -1) + 1;
  const created = await tx.rosterMember.createManyAndReturn({
    data: people.map((person, index) => ({
      drillId,
      position: first + index,
      role: person.role,
      name: person.name,
      team: person.team ?? null,
      email: person.email ?? null,
      slackId: person.slackId ?? null,
      invitedAt: person.invitedAt ?? null,
      escalatedAt: person.escalatedAt ?? null,
    })),
    select: { id: true, position: true },
  });
  return created.sort((a, b) => a.position - b.position).map((row) => row.id);
}
