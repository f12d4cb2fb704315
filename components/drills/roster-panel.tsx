"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { formatOffset } from "@/lib/drill-model/clock";
import { can } from "@/lib/drill-model/state-machine";
import type { DrillView } from "@/lib/drills/view";
import { ROLE_LABELS, type RosterRole } from "@/lib/drill-model/roster-roles";
import type { EscalationTeamView, RosterGuestView, RosterPersonView } from "@/lib/drills/roster/view";
import { escalateMutation } from "@/lib/queries/roster";
import type { TimelineEventView } from "@/lib/timeline/events";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { CopyLink } from "../ui/copy-link";
import { useDrillEvents } from "./event-choice";
import { AddPersonForm, RosterEditor } from "./roster-editor";
import { useRoster } from "./use-roster";

const GROUPS: { role: RosterRole; title: string }[] = [
  { role: "facilitator", title: "Facilitators" },
  { role: "incident_commander", title: "Incident commander" },
  { role: "active_responder", title: "Active responders" },
];

/** In the channel only once they are there (opened their personal link, or are members in Slack); paged but absent is "invited". */
function ChannelState({ person, started }: { person: RosterPersonView; started: boolean }) {
  if (person.channel === "in_channel") return <span className="shrink-0 text-xs text-emerald-400">in channel</span>;
  if (person.channel === "invited") return <span className="shrink-0 text-xs text-sky-400">invited</span>;
  if (started && person.role !== "observer" && person.role !== "escalation_responder")
    return <span className="shrink-0 text-xs text-amber-400" title="The chat provider could not find this person, so they were not invited">not found</span>;
  return <span className="shrink-0 text-xs text-zinc-500">not joined</span>;
}

function Person({ person, started, ended }: { person: RosterPersonView; started: boolean; ended: boolean }) {
  const contact = person.email ?? person.slackId;
  return (
    <li data-testid="roster-person" className="flex flex-col text-sm">
      <span className="flex items-baseline justify-between gap-2">
        <span className="min-w-0 truncate text-zinc-200">
          {person.name}
          {person.team && person.role !== "escalation_responder" && <span className="ml-1.5 text-xs text-zinc-500">{person.team}</span>}
          {contact && <span className="ml-1.5 text-xs text-zinc-600">{contact}</span>}
        </span>
        <ChannelState person={person} started={started} />
      </span>
      {person.personalLink && !ended && <CopyLink url={person.personalLink} label="copy personal link" />}
    </li>
  );
}

function Guests({ guests }: { guests: RosterGuestView[] }) {
  if (guests.length === 0) return null;
  return (
    <section aria-label="Guests">
      <h3 className="mb-0.5 text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">Guests (not on the roster)</h3>
      <ul className="flex flex-col gap-0.5">
        {guests.map((guest) => (
          <li key={guest.participantId} className="flex items-baseline justify-between gap-2 text-sm">
            <span className="min-w-0 truncate text-zinc-300">{guest.name}</span>
            <span className="shrink-0 text-xs text-emerald-400">in channel · guest</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function RoleGroup({ title, people, started, ended }: { title: string; people: RosterPersonView[]; started: boolean; ended: boolean }) {
  if (people.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3 className="mb-0.5 text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">{title}</h3>
      <ul className="flex flex-col gap-0.5">
        {people.map((person) => (
          <Person key={person.id} person={person} started={started} ended={ended} />
        ))}
      </ul>
    </section>
  );
}

function Team({ drill, team, people, events }: { drill: DrillView; team: EscalationTeamView; people: RosterPersonView[]; events: TimelineEventView[] }) {
  const escalate = useMutation(escalateMutation(useQueryClient(), drill.id));
  const ended = drill.status !== "planned" && drill.status !== "running";
  const escalation = events.find((event) => event.kind === "team.escalated" && event.body.team === team.team);
  return (
    <li className={`rounded-md border px-2.5 py-1.5 ${team.escalatedAt ? "border-amber-800/60 bg-amber-950/20" : "border-zinc-800"}`}>
      <div className="flex items-center justify-between gap-2">
        <span className="text-sm font-medium text-zinc-100">{team.team}</span>
        {team.escalatedAt ? (
          <Badge tone="warning">escalated {escalation?.offsetMs != null ? formatOffset(escalation.offsetMs) : ""}</Badge>
        ) : can(drill.status, "escalate") ? (
          <Button size="sm" variant="primary" disabled={escalate.isPending} onClick={() => escalate.mutate(team.team)}>
            Escalate to {team.team}
          </Button>
        ) : (
          <span className="text-xs text-zinc-500">on standby</span>
        )}
      </div>
      <ul className="mt-1 flex flex-col gap-0.5">
        {people.map((person) => (
          <Person key={person.id} person={person} started={false} ended={ended} />
        ))}
      </ul>
      {escalate.error && <p role="alert" className="mt-1 text-xs text-rose-400">{escalate.error.message}</p>}
    </li>
  );
}

/** Who takes part: edited while planned; during the drill, escalation brings a team in. */
export function RosterPanel({ drill }: { drill: DrillView }) {
  const events = useDrillEvents(drill.id);
  const roster = useRoster(drill.id, events);
  const [editing, setEditing] = useState(false);
  // Planned: the roster is edited as a whole; running: people can only be added.
  const planned = can(drill.status, "set_roster");
  const running = !planned && can(drill.status, "add_to_roster");
  const ended = !planned && !running;
  const people = roster.data?.people ?? [];
  const action = planned ? (
    <Button size="sm" onClick={() => setEditing(!editing)} aria-expanded={editing}>
      Edit roster
    </Button>
  ) : running ? (
    <Button size="sm" onClick={() => setEditing(!editing)} aria-expanded={editing}>
      Add person
    </Button>
  ) : null;

  return (
    <Card title="Roster" actions={roster.data ? action : null}>
      {roster.error && <p role="alert" className="text-sm text-rose-400">{roster.error.message}</p>}
      {!roster.data && !roster.error && <p className="text-sm text-zinc-500">Loading roster…</p>}
      {roster.data && editing && planned && <RosterEditor drillId={drill.id} people={people} onDone={() => setEditing(false)} />}
      {roster.data && editing && running && (
        <div className="mb-3">
          <AddPersonForm drillId={drill.id} onDone={() => setEditing(false)} />
        </div>
      )}
      {roster.data && !(editing && planned) && (
        <div className="flex flex-col gap-3">
          {people.length === 0 && <p className="text-sm text-zinc-500">Nobody on the roster yet{planned ? ": add the people who take part." : "."}</p>}
          {GROUPS.map(({ role, title }) => (
            <RoleGroup key={role} title={title} people={people.filter((person) => person.role === role)} started={!planned} ended={ended} />
          ))}
          {roster.data.teams.length > 0 && (
            <section aria-label="Escalation teams">
              <h3 className="mb-1 text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">{ROLE_LABELS.escalation_responder}s by team</h3>
              <ul className="flex flex-col gap-1.5">
                {roster.data.teams.map((team) => (
                  <Team key={team.team} drill={drill} team={team} events={events} people={people.filter((person) => person.role === "escalation_responder" && person.team === team.team)} />
                ))}
              </ul>
            </section>
          )}
          <RoleGroup title="Observers" people={people.filter((person) => person.role === "observer")} started={false} ended={ended} />
          <Guests guests={roster.data.guests} />
        </div>
      )}
    </Card>
  );
}
