"use client";

import Link from "next/link";
import { ENDED_STATUSES } from "@/lib/drill-model/state-machine";
import type { AnalyticsFilters, AnalyticsView } from "@/lib/queries/analytics";
import { outcomeLabel } from "../review/report/format";
import { inputClass } from "../ui/field";

const controlClass = `${inputClass.replace("w-full ", "")} w-auto max-w-56 py-1.5 text-xs`;

interface ChoiceProps {
  id: string;
  label: string;
  value: string | undefined;
  anyLabel: string;
  options: { value: string; label: string }[];
  /** How a value from the address that is not among the options reads. */
  labelOf?: (value: string) => string;
  onChange: (value: string | undefined) => void;
}

function Choice({ id, label, value, anyLabel, options, labelOf = (value) => value, onChange }: ChoiceProps) {
  // A value from the address that no closed drill has (yet) stays selectable, so the control never lies about the filter.
  const shown = value && !options.some((option) => option.value === value) ? [{ value, label: labelOf(value) }, ...options] : options;
  return (
    <span className="flex items-center gap-1.5 text-xs text-zinc-400">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(event) => onChange(event.target.value || undefined)} className={controlClass}>
        <option value="">{anyLabel}</option>
        {shown.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}

/** The facilitator filter as one select value: an account ("id:…"), or a name from an older address or a drill started without one. */
const facilitatorValue = (filters: AnalyticsFilters) => (filters.facilitatorId ? `id:${filters.facilitatorId}` : filters.facilitator ? `name:${filters.facilitator}` : undefined);

function facilitatorPatch(chosen: string | undefined): Partial<AnalyticsFilters> {
  if (chosen?.startsWith("id:")) return { facilitatorId: chosen.slice(3), facilitator: undefined };
  if (chosen?.startsWith("name:")) return { facilitatorId: undefined, facilitator: chosen.slice(5) };
  return { facilitatorId: undefined, facilitator: undefined };
}

/** The page's filters; the choices come from every closed drill, so a filter never hides what it could switch to. */
export function AnalyticsFiltersBar({ value, choices, onChange }: { value: AnalyticsFilters; choices: AnalyticsView["choices"] | undefined; onChange: (patch: Partial<AnalyticsFilters>) => void }) {
  const plain = (values: string[] | undefined) => (values ?? []).map((item) => ({ value: item, label: item }));
  const anySet = Object.values(value).some(Boolean);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2" role="group" aria-label="Filters">
      <span className="flex items-center gap-1.5 text-xs text-zinc-400">
        <label htmlFor="analytics-from">From</label>
        <input id="analytics-from" type="date" value={value.from ?? ""} max={value.to} onChange={(event) => onChange({ from: event.target.value || undefined })} className={controlClass} />
      </span>
      <span className="flex items-center gap-1.5 text-xs text-zinc-400">
        <label htmlFor="analytics-to">To</label>
        <input id="analytics-to" type="date" value={value.to ?? ""} min={value.from} onChange={(event) => onChange({ to: event.target.value || undefined })} className={controlClass} />
      </span>
      <Choice
        id="analytics-scenario"
        label="Scenario"
        value={value.scenarioId}
        anyLabel="Any scenario"
        options={(choices?.scenarios ?? []).map((scenario) => ({ value: scenario.id, label: scenario.title }))}
        onChange={(scenarioId) => onChange({ scenarioId })}
      />
      <Choice id="analytics-team" label="Team" value={value.team} anyLabel="Any team" options={plain(choices?.teams)} onChange={(team) => onChange({ team })} />
      <Choice
        id="analytics-outcome"
        label="Outcome"
        value={value.outcome}
        anyLabel="Any outcome"
        options={ENDED_STATUSES.map((outcome) => ({ value: outcome, label: outcomeLabel(outcome) }))}
        onChange={(outcome) => onChange({ outcome: outcome as AnalyticsFilters["outcome"] })}
      />
      <Choice
        id="analytics-facilitator"
        label="Facilitator"
        value={facilitatorValue(value)}
        anyLabel="Anyone"
        options={(choices?.facilitators ?? []).map((choice) => ({ value: choice.facilitatorId ? `id:${choice.facilitatorId}` : `name:${choice.name}`, label: choice.label }))}
        labelOf={(chosen) => chosen.replace(/^(id|name):/, "")}
        onChange={(chosen) => onChange(facilitatorPatch(chosen))}
      />
      <Choice
        id="analytics-demo"
        label="Demo data"
        value={value.demo === "exclude" ? "exclude" : undefined}
        anyLabel="Include"
        options={[{ value: "exclude", label: "Leave out" }]}
        onChange={(demo) => onChange({ demo: demo as AnalyticsFilters["demo"] })}
      />
      {anySet && (
        <Link href="/analytics" replace scroll={false} className="text-xs text-sky-400 hover:underline">
          Clear filters
        </Link>
      )}
    </div>
  );
}
