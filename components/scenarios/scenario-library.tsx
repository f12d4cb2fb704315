"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorBanner, inputClass } from "@/components/ui/field";
import { scenarioListQuery } from "@/lib/queries/scenarios";
import { ScenarioTable } from "./scenario-table";
import { useDebouncedValue } from "./use-debounced-value";

export function ScenarioLibrary({ initialQuery = "" }: { initialQuery?: string }) {
  const [search, setSearch] = useState(initialQuery);
  const q = useDebouncedValue(search.trim(), 250);
  const list = useQuery({ ...scenarioListQuery(q), placeholderData: keepPreviousData });

  // Keep the search in the address bar so a filtered library can be shared or reloaded.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (q) url.searchParams.set("q", q);
    else url.searchParams.delete("q");
    window.history.replaceState(null, "", url);
  }, [q]);

  const scenarios = list.data ?? [];
  const searching = list.isFetching || search.trim() !== q;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-lg font-semibold text-white">Scenarios</h1>
          <p className="text-sm text-zinc-400">Failure scenarios your team can rehearse. Each drill runs a frozen copy of the revision it started from.</p>
        </div>
        <Link
          href="/scenarios/new"
          className="inline-flex h-9 items-center gap-1.5 rounded-md bg-sky-600 px-3.5 text-sm font-medium text-white hover:bg-sky-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400"
        >
          <span aria-hidden className="text-base leading-none">+</span> New scenario
        </Link>
      </div>

      <div className="flex items-center gap-3">
        <div className="relative w-full max-w-md">
          <label htmlFor="scenario-search" className="sr-only">
            Search scenarios
          </label>
          <svg aria-hidden viewBox="0 0 16 16" className="pointer-events-none absolute top-2.5 left-2.5 h-3.5 w-3.5 text-zinc-500" fill="none" stroke="currentColor" strokeWidth="1.5">
            <circle cx="7" cy="7" r="4.5" />
            <path d="M10.5 10.5L14 14" />
          </svg>
          <input
            id="scenario-search"
            type="search"
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            placeholder="Search title, summary, exact component or tag"
            className={`${inputClass} pl-8`}
          />
        </div>
        <p className="text-xs text-zinc-500" aria-live="polite">
          {list.isPending ? "Loading…" : searching ? "Searching…" : `${scenarios.length} scenario${scenarios.length === 1 ? "" : "s"}${q ? ` matching “${q}”` : ""}`}
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
        <ScenarioTable scenarios={scenarios} />
      ) : !list.error ? (
        <EmptyState query={q} onClear={() => setSearch("")} />
      ) : null}
    </div>
  );
}

function EmptyState({ query, onClear }: { query: string; onClear: () => void }) {
  return (
    <div className="flex flex-col items-start gap-2 rounded-lg border border-dashed border-zinc-800 p-6 text-sm text-zinc-400">
      {query ? (
        <>
          <p>No scenario matches “{query}”. Components and tags match exactly; titles and summaries match any part.</p>
          <Button size="sm" onClick={onClear}>
            Clear search
          </Button>
        </>
      ) : (
        <>
          <p>No scenarios yet. Write one from a failure you know well: one cause, a rollback for every injection, and a model answer.</p>
          <Link href="/scenarios/new" className="text-sky-400 hover:underline">
            Write the first scenario
          </Link>
        </>
      )}
    </div>
  );
}
