import { ENDED_STATUSES } from "@/lib/drill-model/state-machine";
import type { Growth, ResponderFigures } from "@/lib/analytics/responders";
import type { AnalyticsView, ResponderAnalyticsView } from "@/lib/queries/analytics";
import { minutes, outcomeLabel } from "../review/report/format";
import type { CsvTable } from "./csv";
import { spreadCells, spreadHeader } from "./csv-tables";
import { roleLabel, rolesInWords } from "./people-words";

/** The game days and the responders as rows for their CSV files, from the same figures the page shows. Pure. */

const mins = (ms: number | null) => (ms === null ? null : minutes(ms));
const growthHeader = (what: string) => [`${what}: drills measured`, `${what}: median (min)`, `${what}: first (min)`, `${what}: latest (min)`, `${what}: change (min)`];
const growthCells = (growth: Growth) => [growth.n, mins(growth.median), mins(growth.first), mins(growth.latest), mins(growth.change)];

export function exercisesCsv(view: AnalyticsView): CsvTable {
  return {
    header: [
      "Game day",
      "Date",
      "Drills",
      ...ENDED_STATUSES.map((outcome) => outcomeLabel(outcome)),
      ...spreadHeader("Acknowledge"),
      ...spreadHeader("Escalate"),
      ...spreadHeader("Mitigate"),
      "Hints per drill",
      "Drills with survey averages",
      "Difficulty (1-5)",
      "Usefulness (1-5)",
      "Enjoyment (1-5)",
      "Action items opened",
      "Action items done",
      "Action items verified",
    ],
    rows: view.exercises.map((exercise) => [
      exercise.name,
      exercise.date,
      exercise.drills,
      ...ENDED_STATUSES.map((outcome) => exercise.outcomes[outcome] ?? 0),
      ...spreadCells(exercise.times.acknowledge),
      ...spreadCells(exercise.times.escalate),
      ...spreadCells(exercise.times.mitigate),
      exercise.hintsPerDrill,
      exercise.survey.drills,
      exercise.survey.difficulty,
      exercise.survey.usefulness,
      exercise.survey.enjoyment,
      exercise.actionItems.opened,
      exercise.actionItems.done,
      exercise.actionItems.verified,
    ]),
  };
}

/** "email:ana@example.com" → "ana@example.com": how the person is known across drills. */
export const identityOf = (personKey: string) => personKey.replace(/^(email|slack):/, "");

export function respondersCsv(view: ResponderAnalyticsView): CsvTable {
  return {
    header: ["Name", "Email or Slack id", "Drills", "Roles", "Teams", ...growthHeader("First response"), ...growthHeader("Acknowledge")],
    rows: view.people.map((person) => [person.name, identityOf(person.personKey), person.drills, rolesInWords(person.roles), person.teams.join("; "), ...growthCells(person.firstResponse), ...growthCells(person.acknowledge)]),
  };
}

export function responderDrillsCsv(person: ResponderFigures): CsvTable {
  return {
    header: ["Name", "Date", "Scenario", "Role", "Team", "First response (min)", "Acknowledge (min)"],
    rows: person.history.map((entry) => [person.name, entry.day, entry.scenarioTitle, roleLabel(entry.role), entry.team, mins(entry.firstResponseMs), mins(entry.acknowledgeMs)]),
  };
}
