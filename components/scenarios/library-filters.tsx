"use client";

import { inputClass } from "@/components/ui/field";

export type ReadyFilter = "" | "true" | "false";

export interface LibraryFilterState {
  search: string;
  tag: string;
  component: string;
  ready: ReadyFilter;
  archived: boolean;
}

const selectClass = `${inputClass.replace("w-full ", "")} w-auto max-w-52 py-1.5 text-xs`;

/** Search and filters over the library; tag and component options come from every scenario, not only the matching ones. */
export function LibraryFilters({ value, onChange, tags, components }: { value: LibraryFilterState; onChange: (patch: Partial<LibraryFilterState>) => void; tags: string[]; components: string[] }) {
  const withCurrent = (options: string[], current: string) => (current && !options.includes(current) ? [current, ...options] : options);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="relative w-80">
        <label htmlFor="scenario-search" className="sr-only">
          Search scenarios
        </label>
        <svg aria-hidden viewBox="0 0 16 16" className="pointer-events-none absolute top-2.5 left-2.5 h-3.5 w-3.5 text-zinc-500" fill="none" stroke="currentColor" strokeWidth="1.5">
          <circle cx="7" cy="7" r="4.5" />
          <path d="M10.5 10.5L14 14" />
        </svg>
        <input id="scenario-search" type="search" value={value.search} onChange={(event) => onChange({ search: event.target.value })} placeholder="Search title, summary, tag…" className={`${inputClass} pl-8`} />
      </div>
      <label htmlFor="filter-tag" className="sr-only">
        Tag
      </label>
      <select id="filter-tag" value={value.tag} onChange={(event) => onChange({ tag: event.target.value })} className={selectClass}>
        <option value="">All tags</option>
        {withCurrent(tags, value.tag).map((tag) => (
          <option key={tag} value={tag}>
            #{tag}
          </option>
        ))}
      </select>
      <label htmlFor="filter-component" className="sr-only">
        Component
      </label>
      <select id="filter-component" value={value.component} onChange={(event) => onChange({ component: event.target.value })} className={`${selectClass} font-mono`}>
        <option value="">All components</option>
        {withCurrent(components, value.component).map((component) => (
          <option key={component} value={component}>
            {component}
          </option>
        ))}
      </select>
      <label htmlFor="filter-ready" className="sr-only">
        Readiness
      </label>
      <select id="filter-ready" value={value.ready} onChange={(event) => onChange({ ready: event.target.value as ReadyFilter })} className={selectClass}>
        <option value="">Any readiness</option>
        <option value="true">Ready (all verified)</option>
        <option value="false">Not ready</option>
      </select>
      <label className="flex items-center gap-1.5 px-1 text-xs text-zinc-300">
        <input type="checkbox" checked={value.archived} onChange={(event) => onChange({ archived: event.target.checked })} className="h-3.5 w-3.5 accent-sky-500" />
        Show archived
      </label>
    </div>
  );
}
