"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import type { ApiError } from "@/lib/api-client";
import { ROSTER_ROLES, type RosterRole } from "@/lib/drill-model/roster-roles";
import type { RosterPersonView } from "@/lib/drills/roster/view";
import { addToRosterMutation, setRosterMutation, type PersonDraft } from "@/lib/queries/roster";
import { Button } from "../ui/button";
import { inputClass } from "../ui/field";

const blank = (): PersonDraft => ({ name: "", role: "active_responder", team: "", email: "", slackId: "" });
const draftOf = (person: RosterPersonView): PersonDraft => ({ name: person.name, role: person.role, team: person.team ?? "", email: person.email ?? "", slackId: person.slackId ?? "" });
const small = `${inputClass} h-7 py-0 text-xs`;
// The editor sits in a narrow column: short role names leave room for people's names.
const SHORT_ROLE: Record<RosterRole, string> = {
  facilitator: "Facilitator",
  incident_commander: "Commander",
  active_responder: "Responder",
  escalation_responder: "Escalation",
  observer: "Observer",
};

/** Problems the server found for row `index`, as one line. */
function rowProblems(error: ApiError | null, index: number): string | undefined {
  const prefix = `people[${index}].`;
  const problems = error?.problems.filter((problem) => problem.path.startsWith(prefix)).map((problem) => `${problem.path.slice(prefix.length)} ${problem.message}`);
  return problems?.length ? problems.join("; ") : undefined;
}

function PersonFields({ person, index, onChange, onRemove, error }: { person: PersonDraft; index: number; onChange: (next: PersonDraft) => void; onRemove?: () => void; error?: string }) {
  const field = (key: keyof PersonDraft) => ({ id: `roster-${index}-${key}`, value: person[key], onChange: (change: { target: { value: string } }) => onChange({ ...person, [key]: change.target.value }) });
  const n = index + 1;
  return (
    <li className="flex flex-col gap-1 rounded-md border border-zinc-800 p-1.5">
      <div className="grid grid-cols-[minmax(0,1fr)_7.5rem_1.5rem] gap-1">
        <input {...field("name")} aria-label={`Person ${n} name`} placeholder="Name" className={small} />
        <select {...field("role")} aria-label={`Person ${n} role`} className={`${small} px-1`}>
          {ROSTER_ROLES.map((role) => (
            <option key={role} value={role}>
              {SHORT_ROLE[role]}
            </option>
          ))}
        </select>
        {onRemove ? (
          <button type="button" onClick={onRemove} aria-label={`Remove person ${n}`} title="Remove" className="rounded text-zinc-500 hover:bg-zinc-800 hover:text-rose-300 focus-visible:outline-2 focus-visible:outline-sky-400">
            ×
          </button>
        ) : (
          <span />
        )}
        <input {...field("team")} aria-label={`Person ${n} team`} placeholder={person.role === "escalation_responder" ? "Team (required)" : "Team"} className={small} />
        <input {...field("email")} aria-label={`Person ${n} email`} placeholder="Email" type="email" className={`${small} col-span-2`} />
      </div>
      {error && <p className="text-xs text-rose-400">{error}</p>}
    </li>
  );
}

/** The planned drill's roster as an editable list, saved as a whole. */
export function RosterEditor({ drillId, people, onDone }: { drillId: string; people: RosterPersonView[]; onDone: () => void }) {
  const [drafts, setDrafts] = useState<PersonDraft[]>(() => (people.length ? people.map(draftOf) : [blank()]));
  const save = useMutation(setRosterMutation(useQueryClient(), drillId));
  const update = (index: number, next: PersonDraft) => setDrafts(drafts.map((draft, other) => (other === index ? next : draft)));
  return (
    <form
      aria-label="Edit roster"
      onSubmit={(submit) => {
        submit.preventDefault();
        save.mutate(drafts, { onSuccess: onDone });
      }}
      className="flex flex-col gap-2"
    >
      <ol className="flex flex-col gap-1">
        {drafts.map((draft, index) => (
          <PersonFields key={index} person={draft} index={index} onChange={(next) => update(index, next)} onRemove={() => setDrafts(drafts.filter((_, other) => other !== index))} error={rowProblems(save.error, index)} />
        ))}
      </ol>
      {save.error && !save.error.problems.length && <p role="alert" className="text-xs text-rose-400">{save.error.message}</p>}
      <div className="flex justify-between gap-2">
        <Button size="sm" onClick={() => setDrafts([...drafts, blank()])}>
          Add person
        </Button>
        <span className="flex gap-2">
          <Button size="sm" variant="ghost" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" size="sm" variant="primary" disabled={save.isPending}>
            Save roster
          </Button>
        </span>
      </div>
    </form>
  );
}

/** While the drill runs, people can only be added; they are brought into the channel at once. */
export function AddPersonForm({ drillId, onDone }: { drillId: string; onDone: () => void }) {
  const [draft, setDraft] = useState<PersonDraft>(blank);
  const add = useMutation(addToRosterMutation(useQueryClient(), drillId));
  return (
    <form
      aria-label="Add a person"
      onSubmit={(submit) => {
        submit.preventDefault();
        add.mutate([draft], { onSuccess: onDone });
      }}
      className="flex flex-col gap-2"
    >
      <ol>
        <PersonFields person={draft} index={0} onChange={setDraft} error={rowProblems(add.error, 0)} />
      </ol>
      {add.error && !add.error.problems.length && <p role="alert" className="text-xs text-rose-400">{add.error.message}</p>}
      <div className="flex justify-end gap-2">
        <Button size="sm" variant="ghost" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" size="sm" variant="primary" disabled={add.isPending || !draft.name.trim()}>
          Add and invite
        </Button>
      </div>
    </form>
  );
}
