import { z } from "zod";
import { formatPath } from "../../validation";
import { ROSTER_ROLES } from "../../drill-model/roster-roles";
import { storable, text } from "../../input/text";

/** Blank form fields mean "not given". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "") || value === null ? undefined : value;

export const rosterPersonSchema = z
  .object({
    name: text({ min: 1, max: 80 }),
    role: z.enum(ROSTER_ROLES, { error: `must be one of ${ROSTER_ROLES.join(", ")}` }),
    team: z.preprocess(blankToUndefined, text({ max: 60 }).optional()),
    email: z.preprocess(blankToUndefined, storable().trim().max(254, "must be at most 254 characters").toLowerCase().pipe(z.email({ error: "must be an email address" })).optional()),
    slackId: z.preprocess(blankToUndefined, storable().trim().regex(/^[UW][A-Z0-9]{2,20}$/, "must be a Slack user id such as U024BE7LH").optional()),
  })
  .superRefine((person, ctx) => {
    if (person.role === "escalation_responder" && !person.team)
      ctx.addIssue({ code: "custom", path: ["team"], message: "is required for an escalation responder (escalation brings in a team)" });
  });

/** A whole roster: at most one incident commander, and nobody listed twice. */
export const rosterPeopleSchema = z
  .array(rosterPersonSchema)
  .max(200, "must list at most 200 people")
  .superRefine((people, ctx) => {
    const commanders = people.flatMap((person, index) => (person.role === "incident_commander" ? [index] : []));
    for (const index of commanders.slice(1))
      ctx.addIssue({ code: "custom", path: [index, "role"], message: "only one incident commander per drill" });
    const seen = new Map<string, number>();
    people.forEach((person, index) => {
      const key = person.email ?? `${person.name.toLowerCase()}|${person.role}|${person.team ?? ""}`;
      if (seen.has(key)) ctx.addIssue({ code: "custom", path: [index, person.email ? "email" : "name"], message: `is already on the roster (person ${seen.get(key)! + 1})` });
      else seen.set(key, index);
    });
  });

export const setRosterSchema = z.object({ people: rosterPeopleSchema });
export const addToRosterSchema = z.object({ people: rosterPeopleSchema.min(1, "must list at least one person") });
export const escalateSchema = z.object({ team: text({ min: 1, max: 60 }) });

export type RosterPersonInput = z.infer<typeof rosterPersonSchema>;

/** Checks people added to an existing roster against the whole roster; each problem names the added person (`people[i]`). */
export function problemsWithAdded(existing: RosterPersonInput[], added: RosterPersonInput[]): { path: string; message: string }[] {
  const result = rosterPeopleSchema.safeParse([...existing, ...added]);
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => typeof issue.path[0] === "number" && issue.path[0] >= existing.length)
    .map((issue) => ({ path: formatPath(["people", (issue.path[0] as number) - existing.length, ...issue.path.slice(1)]), message: issue.message }));
}
