import type { Db } from "../db/client";

export interface FacilitatorChoice {
  /** Null for drills started without an account (chosen by name). */
  facilitatorId: string | null;
  name: string;
  /** What the filter shows: the name, with the email when two people share it. */
  label: string;
}

export interface AnalyticsChoices {
  scenarios: { id: string; title: string }[];
  teams: string[];
  facilitators: FacilitatorChoice[];
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));

/** What the filters can choose from: every closed drill, so a filter never hides what it could switch to. */
export async function choicesOf(db: Db): Promise<AnalyticsChoices> {
  const all = await db.drillResult.findMany({
    select: { scenarioId: true, teams: true, facilitator: true, facilitatorId: true, startedAt: true, drill: { select: { scenario: { select: { title: true } } } } },
    orderBy: { startedAt: "asc" },
  });
  const scenarios = new Map(all.map((row) => [row.scenarioId, row.drill.scenario.title]));
  // Oldest first, so the latest name of an account wins.
  const people = new Map(all.map((row) => [row.facilitatorId ? `id:${row.facilitatorId}` : `name:${row.facilitator}`, { facilitatorId: row.facilitatorId, name: row.facilitator }]));
  const ids = [...people.values()].flatMap((person) => (person.facilitatorId ? [person.facilitatorId] : []));
  const emails = new Map((await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, email: true } })).map((user) => [user.id, user.email]));
  const named = (name: string) => [...people.values()].filter((person) => person.name === name).length;
  const facilitators = [...people.values()].map((person) => {
    if (named(person.name) < 2) return { ...person, label: person.name };
    const which = person.facilitatorId ? (emails.get(person.facilitatorId) ?? "account removed") : "no account";
    return { ...person, label: `${person.name} (${which})` };
  });
  return {
    scenarios: [...scenarios].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title)),
    teams: sorted(all.flatMap((row) => row.teams)),
    facilitators: facilitators.sort((a, b) => a.label.localeCompare(b.label)),
  };
}
