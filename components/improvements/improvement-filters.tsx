"use client";

import { LIST_STATUSES, type ListFilters } from "@/lib/improvements/schemas";
import type { ActionItemList } from "@/lib/queries/improvements";
import { inputClass } from "../ui/field";

const selectClass = `${inputClass.replace("w-full ", "")} w-auto max-w-56 py-1.5 text-xs`;
const STATUS_LABELS: Record<(typeof LIST_STATUSES)[number], string> = { open: "Open", overdue: "Overdue", done: "Done or won't do", all: "All statuses" };

/** The list's filters; options come from every item, so a filter never hides the choices it could switch to. */
export function ImprovementFilters({ value, facets, onChange }: { value: ListFilters; facets: ActionItemList["facets"] | undefined; onChange: (patch: Partial<ListFilters>) => void }) {
  const withCurrent = (options: string[], current: string | undefined) => (current && !options.includes(current) ? [current, ...options] : options);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="flex items-center gap-1.5 text-xs text-zinc-400">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" value={value.status ?? "open"} onChange={(event) => onChange({ status: event.target.value as ListFilters["status"] })} className={selectClass}>
          {LIST_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </span>
      <span className="flex items-center gap-1.5 text-xs text-zinc-400">
        <label htmlFor="filter-team">Team</label>
        <select id="filter-team" value={value.team ?? ""} onChange={(event) => onChange({ team: event.target.value || undefined })} className={selectClass}>
          <option value="">Any audience</option>
          <option value="everyone">Everyone</option>
          <option value="facilitators">Facilitating team (SRE)</option>
          {withCurrent(facets?.teams ?? [], value.team === "everyone" || value.team === "facilitators" ? undefined : value.team).map((team) => (
            <option key={team} value={team}>
              {team}
            </option>
          ))}
        </select>
      </span>
      <span className="flex items-center gap-1.5 text-xs text-zinc-400">
        <label htmlFor="filter-owner">Owner</label>
        <select id="filter-owner" value={value.owner ?? ""} onChange={(event) => onChange({ owner: event.target.value || undefined })} className={selectClass}>
          <option value="">Anyone</option>
          {withCurrent(facets?.owners ?? [], value.owner).map((owner) => (
            <option key={owner} value={owner}>
              {owner}
            </option>
          ))}
        </select>
      </span>
      <span className="flex items-center gap-1.5 text-xs text-zinc-400">
        <label htmlFor="filter-scenario">Scenario</label>
        <select id="filter-scenario" value={value.scenarioId ?? ""} onChange={(event) => onChange({ scenarioId: event.target.value || undefined })} className={selectClass}>
          <option value="">Any scenario</option>
          {(facets?.scenarios ?? []).map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.title}
            </option>
          ))}
        </select>
      </span>
      <label className="flex items-center gap-1.5 text-xs text-zinc-300">
        <input type="checkbox" checked={value.verification === "proposed"} onChange={(event) => onChange({ verification: event.target.checked ? "proposed" : undefined })} className="accent-sky-500" />
        Verification proposed
      </label>
    </div>
  );
}
