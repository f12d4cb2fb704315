"use client";

import { useQuery } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import { LIST_STATUSES, VERIFICATION_FILTERS, type ListFilters } from "@/lib/improvements/schemas";
import { filtersQuery, improvementListQuery } from "@/lib/queries/improvements";
import { useCan } from "../auth/use-can";
import { ErrorBanner } from "../ui/field";
import { ImprovementFilters } from "./improvement-filters";
import { ItemsTable } from "./items-table";

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined => (values as readonly string[]).includes(value ?? "") ? (value as T) : undefined;

/** The filters the address holds; the page opens on open items. */
function filtersOf(params: URLSearchParams): ListFilters {
  const text = (name: string) => params.get(name) || undefined;
  return {
    status: oneOf(LIST_STATUSES, params.get("status")) ?? "open",
    team: text("team"),
    owner: text("owner"),
    scenarioId: text("scenarioId"),
    verification: oneOf(VERIFICATION_FILTERS, params.get("verification")),
  };
}

function Counter({ label, value, tone, onClick }: { label: string; value: number | undefined; tone: string; onClick: () => void }) {
  return (
    <button type="button" onClick={onClick} className="flex min-w-36 flex-col items-start rounded-lg border border-zinc-800 bg-zinc-900/60 px-3 py-2 text-left hover:border-zinc-600 focus-visible:outline-2 focus-visible:outline-sky-400">
      <span className={`text-2xl font-semibold tabular-nums ${tone}`}>{value ?? "–"}</span>
      <span className="text-xs text-zinc-400">{label}</span>
    </button>
  );
}

/** Every action item across drills and game days, filtered by what the address says, so a filtered list can be shared. */
export function ImprovementsPage() {
  const params = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const [filters, showFilters] = useOptimistic(filtersOf(new URLSearchParams(params.toString())));
  const [, startTransition] = useTransition();
  const list = useQuery(improvementListQuery(filters));
  const canRun = useCan()("drill.run");
  // The controls show the new filters at once; the address catches up when the navigation settles.
  const change = (patch: Partial<ListFilters>) =>
    startTransition(() => {
      const next = { ...filters, ...patch };
      showFilters(next);
      router.replace(`${pathname}${filtersQuery(next)}`, { scroll: false });
    });
  const counts = list.data?.counts;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap gap-3" aria-label="Counts">
        <Counter label="Open" value={counts?.open} tone="text-sky-300" onClick={() => change({ status: "open", verification: undefined })} />
        <Counter label="Overdue" value={counts?.overdue} tone="text-rose-400" onClick={() => change({ status: "overdue", verification: undefined })} />
        <Counter label="Proposed verifications" value={counts?.proposed} tone="text-amber-300" onClick={() => change({ status: "all", verification: "proposed" })} />
      </div>
      <ImprovementFilters value={filters} facets={list.data?.facets} onChange={change} />
      {list.error && <ErrorBanner message={list.error.message} />}
      {!list.data && !list.error && <p className="text-sm text-zinc-500">Loading the action items…</p>}
      {list.data && list.data.items.length === 0 && <p className="rounded-lg border border-zinc-800 p-6 text-sm text-zinc-400">No action items match these filters.</p>}
      {list.data && list.data.items.length > 0 && <ItemsTable items={list.data.items} canRun={canRun} label="Action items" />}
    </div>
  );
}
