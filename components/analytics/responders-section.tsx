"use client";

import { useQuery } from "@tanstack/react-query";
import { ApiError } from "@/lib/api-client";
import { respondersQuery, type AnalyticsFilters } from "@/lib/queries/analytics";
import { meQuery } from "@/lib/queries/me";
import { inputClass } from "../ui/field";
import { AnalyticsSection } from "./analytics-section";
import { drillsWord } from "./chart-style";
import { responderDrillsCsv, respondersCsv } from "./people-csv";
import { rolesInWords } from "./people-words";
import { ResponderChart } from "./responder-chart";
import { GrowthCell, RespondersTable } from "./responders-table";

function Notice({ children }: { children: string }) {
  return (
    <section aria-label="Responders" className="rounded-lg border border-zinc-800 bg-zinc-900/60 px-3 py-3 text-sm text-zinc-400">
      <h2 className="mb-1 text-xs font-semibold tracking-wide text-zinc-300 uppercase">Responders</h2>
      <p>{children}</p>
    </section>
  );
}

function Figures({ filters, selected, select }: { filters: AnalyticsFilters; selected: string | undefined; select: (personKey: string | undefined) => void }) {
  const responders = useQuery(respondersQuery(filters));
  // A refusal is the answer (an admin switched them off): say it where the figures would be.
  if (responders.error instanceof ApiError && responders.error.status === 403) return <Notice>{responders.error.message}</Notice>;
  if (responders.error) return <Notice>{`Per-person figures could not be loaded: ${responders.error.message}`}</Notice>;
  if (!responders.data) return <Notice>Loading per-person figures…</Notice>;
  const view = responders.data;
  if (view.people.length === 0) return <Notice>Nobody in the drills counted here has a roster email or a Slack id, so nobody can be followed across drills (guests are left out).</Notice>;
  const person = view.people.find((entry) => entry.personKey === selected) ?? view.people[0]!;
  return (
    <>
      <AnalyticsSection title="Responder over their drills" restsOn={`rests on ${drillsWord(person.drills)} of ${person.name}`} csv={() => responderDrillsCsv(person)} fileName="analytics-responder-drills.csv">
        <div className="flex flex-col gap-3">
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-xs text-zinc-400">
            <span className="flex items-center gap-1.5">
              <label htmlFor="analytics-responder">Responder</label>
              <select id="analytics-responder" value={person.personKey} onChange={(event) => select(event.target.value)} className={`${inputClass.replace("w-full ", "")} w-auto max-w-96 py-1.5 text-xs`}>
                {view.people.map((entry) => (
                  <option key={entry.personKey} value={entry.personKey}>
                    {entry.name} ({drillsWord(entry.drills)})
                  </option>
                ))}
              </select>
            </span>
            <span>{rolesInWords(person.roles)}</span>
            {person.teams.length > 0 && <span>Teams: {person.teams.join(", ")}</span>}
          </div>
          <dl className="grid gap-3 text-xs sm:grid-cols-2 md:max-w-xl">
            <div>
              <dt className="text-zinc-500">First response (median; first → latest)</dt>
              <dd>
                <GrowthCell growth={person.firstResponse} />
              </dd>
            </div>
            <div>
              <dt className="text-zinc-500">Acknowledge (median; first → latest)</dt>
              <dd>
                <GrowthCell growth={person.acknowledge} />
              </dd>
            </div>
          </dl>
          <ResponderChart person={person} />
        </div>
      </AnalyticsSection>
      <AnalyticsSection title="Responders" restsOn={`${view.people.length} ${view.people.length === 1 ? "person" : "people"} in ${drillsWord(view.drills)}; guests left out`} csv={() => respondersCsv(view)} fileName="analytics-responders.csv">
        <RespondersTable people={view.people} selected={person.personKey} select={select} />
      </AnalyticsSection>
    </>
  );
}

/** Per-person figures: for facilitators and admins while an admin leaves them on; others are told why they see none. */
export function RespondersSection(props: { filters: AnalyticsFilters; selected: string | undefined; select: (personKey: string | undefined) => void }) {
  const me = useQuery(meQuery());
  if (!me.data) return null;
  if (!me.data.permissions.includes("analytics.people")) return <Notice>Per-person figures are for facilitators and admins.</Notice>;
  return <Figures {...props} />;
}
