import type { Growth, ResponderFigures } from "@/lib/analytics/responders";
import { span } from "../review/report/format";
import { DataTable } from "../ui/table";
import { identityOf } from "./people-csv";
import { rolesInWords } from "./people-words";

const cell = "px-3 py-2 align-top";

/** The median over the drills it was measured in, then how the first measured time compares with the latest. */
export function GrowthCell({ growth }: { growth: Growth }) {
  if (growth.median === null) return <span className="text-zinc-600">—</span>;
  const faster = growth.change !== null && growth.change < 0;
  const slower = growth.change !== null && growth.change > 0;
  return (
    <span className="flex flex-col">
      <span className="tabular-nums text-zinc-100">
        {span(growth.median)} <span className="text-[11px] text-zinc-500">n={growth.n}</span>
      </span>
      {growth.change !== null && (
        <span className="text-[11px] text-zinc-400 tabular-nums">
          {span(growth.first)} → {span(growth.latest)}{" "}
          <span className={faster ? "text-emerald-400" : slower ? "text-amber-400" : "text-zinc-500"}>
            ({faster ? "−" : slower ? "+" : "±"}
            {span(Math.abs(growth.change))})
          </span>
        </span>
      )}
    </span>
  );
}

/** Everyone who took part in the drills counted: what they did, and whether they got quicker. */
export function RespondersTable({ people, selected, select }: { people: ResponderFigures[]; selected: string | undefined; select: (personKey: string) => void }) {
  return (
    <div className="overflow-x-auto" role="region" aria-label="Responders table" tabIndex={0}>
      <DataTable
        minWidthClass="min-w-[960px]"
        columns={[{ label: "Responder" }, { label: "Drills" }, { label: "Roles" }, { label: "Teams" }, { label: "First response (median; first → latest)" }, { label: "Acknowledge (median; first → latest)" }]}
      >
        {people.map((person) => (
          <tr key={person.personKey} className={person.personKey === selected ? "bg-sky-950/30" : ""}>
            <td className={cell}>
              <button type="button" onClick={() => select(person.personKey)} className="text-left font-medium text-zinc-100 hover:text-sky-300 hover:underline focus-visible:outline-sky-500">
                {person.name}
              </button>
              <span className="block text-[11px] text-zinc-500 [overflow-wrap:anywhere]">{identityOf(person.personKey)}</span>
            </td>
            <td className={`${cell} tabular-nums`}>{person.drills}</td>
            <td className={`${cell} text-xs`}>{rolesInWords(person.roles)}</td>
            <td className={`${cell} text-xs`}>{person.teams.join(", ") || <span className="text-zinc-600">—</span>}</td>
            <td className={cell}>
              <GrowthCell growth={person.firstResponse} />
            </td>
            <td className={cell}>
              <GrowthCell growth={person.acknowledge} />
            </td>
          </tr>
        ))}
      </DataTable>
    </div>
  );
}
