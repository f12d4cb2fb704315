"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { ImportDialog } from "./import-dialog";
import { useEffect, useMemo, useState } from "react";
import { useCan } from "@/components/auth/use-can";
import { Button } from "@/components/ui/button";
import { ErrorBanner } from "@/components/ui/field";
import { scenarioListQuery } from "@/lib/queries/scenarios";
import { LibraryFilters, type LibraryFilterState } from "./library-filters";
import { isReady } from "./readiness-dots";
import { ScenarioTable } from "./scenario-table";
import { useDebouncedValue } from "./use-debounced-value";

export const EMPTY_FILTERS: LibraryFilterState = { search: "", tag: "", component: "", ready: "", archived: false };

const unique = (lists: string[][]) => [...new Set(lists.flat())].sort((a, b) => a.localeCompare(b));

export function ScenarioLibrary({ initialFilters = EMPTY_FILTERS }: { initialFilters?: LibraryFilterState }) {
  const [filters, setFilters] = useState(initialFilters);
  const can = useCan();
  const q = useDebouncedValue(filters.search.trim(), 250);
  const server = { q, tag: filters.tag, component: filters.component, archived: filters.archived };
  const list = useQuery({ ...scenarioListQuery(server), placeholderData: keepPreviousData });
  // Every tag and component, so picking one filter never empties the other's options.
  const everything = useQuery(scenarioListQuery({ archived: filters.archived }));

  // Keep the filters in the address bar so a filtered library can be shared or reloaded.
  useEffect(() => {
    const url = new URL(window.location.href);
    const params: [string, string][] = [["q", q], ["tag", filters.tag], ["component", filters.component], ["ready", filters.ready], ["archived", filters.archived ? "true" : ""]];
    for (const [key, value] of params) {
      if (value) url.searchParams.set(key, value);
      else url.searchParams.delete(key);
    }
    window.history.replaceState(null, "", url);
  }, [q, filters.tag, filters.component, filters.ready, filters.archived]);

  const scenarios = useMemo(() => (list.data ?? []).filter((row) => filters.ready === "" || isReady(row.readiness) === (filters.ready === "true")), [list.data, filters.ready]);
  const tags = useMemo(() => unique((everything.data ?? []).map((row) => row.tags)), [everything.data]);
  const components = useMemo(() => unique((everything.data ?? []).map((row) => row.components)), [everything.data]);
  const searching = list.isFetching || filters.search.trim() !== q;
  const filtered = !!(q || filters.tag || filters.component || filters.ready);

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-lg font-semibold text-white">Scenarios</h1>
          <p className="text-sm text-zinc-400">Failure scenarios your team can rehearse. Each drill runs a frozen copy of the revision it started from.</p>
        </div>
        {can("scenario.write") && (
          <div className="flex items-center gap-2">
            <ImportDialog />
            <Link
              href="/scenarios/new"
              className="inline-flex h-9 items-center gap-1.5 rounded-md bg-sky-600 px-3.5 text-sm font-medium text-white hover:bg-sky-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400"
            >
              <span aria-hidden className="text-base leading-none">
                +
              </span>{" "}
              New scenario
            </Link>
          </div>
        )}
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <LibraryFilters value={filters} onChange={(patch) => setFilters((current) => ({ ...current, ...patch }))} tags={tags} components={components} />
        <p className="text-xs text-zinc-500" aria-live="polite">
          {list.isPending ? "Loading…" : searching ? "Searching…" : `${scenarios.length} scenario${scenarios.length === 1 ? "" : "s"}${filtered ? " match" : ""}`}
        </p>
      </div>

      {list.error && (
        <div className="flex items-center gap-3">
          <ErrorBanner message={`Could not load scenarios: ${list.error.message}`} />
          <Button size="sm" onClick={() => list.refetch()}>
            Retry
          </Button>
        </div>
      )}

      {list.isPending ? (
        <div className="rounded-lg border border-zinc-800 bg-zinc-900/60 p-6 text-sm text-zinc-500">Loading scenarios…</div>
      ) : scenarios.length > 0 ? (
        <ScenarioTable scenarios={scenarios} onTag={(tag) => setFilters((current) => ({ ...current, tag }))} canEdit={can("scenario.write")} canRun={can("drill.run")} />
      ) : !list.error ? (
        <EmptyState filtered={filtered} canWrite={can("scenario.write")} onClear={() => setFilters({ ...EMPTY_FILTERS, archived: filters.archived })} />
      ) : null}
    </div>
  );
}

function EmptyState({ filtered, canWrite, onClear }: { filtered: boolean; canWrite: boolean; onClear: () => void }) {
  return (
    <div className="flex flex-col items-start gap-2 rounded-lg border border-dashed border-zinc-800 p-6 text-sm text-zinc-400">
      {filtered ? (
        <>
          <p>No scenario matches these filters. Components and tags in the search box match exactly; titles and summaries match any part.</p>
          <Button size="sm" onClick={onClear}>
            Clear filters
          </Button>
        </>
      ) : canWrite ? (
        <>
          <p>No scenarios yet. Write one from a failure you know well: one cause, a rollback for every injection, and a model answer.</p>
          <Link href="/scenarios/new" className="text-sky-400 hover:underline">
            Write the first scenario
          </Link>
        </>
      ) : (
        <p>No scenarios yet. Facilitators write them; they appear here as soon as one is saved.</p>
      )}
    </div>
  );
}
