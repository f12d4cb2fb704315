"use client";

import { useQuery } from "@tanstack/react-query";
import { formatDistanceToNow } from "date-fns";
import Link from "next/link";
import { drillListQuery } from "@/lib/queries/drills";
import { useCan } from "../auth/use-can";
import { ErrorBanner } from "../ui/field";
import { DeleteDrillButton } from "./delete-drill-button";
import { DemoBadge } from "./demo-badge";
import { StatusBadge } from "./status-badge";

import type { DrillSummary } from "@/lib/drills/view";

export function DrillList({ limit, where, empty }: { limit?: number; where?: (drill: DrillSummary) => boolean; empty?: string }) {
  const drills = useQuery(drillListQuery());
  // Those who cannot run drills only watch them: every link goes to the observer view.
  const can = useCan();
  const canRun = can("drill.run");
  if (drills.error) return <ErrorBanner message={drills.error.message} />;
  if (!drills.data) return <p className="text-sm text-zinc-500">Loading drills…</p>;
  const matching = where ? drills.data.filter(where) : drills.data;
  const rows = limit ? matching.slice(0, limit) : matching;
  if (rows.length === 0 && empty) return <p className="text-sm text-zinc-500">{empty}</p>;
  if (rows.length === 0 && !canRun) return <p className="text-sm text-zinc-500">No drills yet.</p>;
  if (rows.length === 0)
    return (
      <p className="text-sm text-zinc-500">
        No drills yet. Pick a scenario in the <Link href="/scenarios" className="text-sky-400 hover:underline">library</Link> and run one.
      </p>
    );
  return (
    <table className="w-full text-sm">
      <thead className="text-left text-xs text-zinc-500">
        <tr>
          <th className="py-1.5 font-medium">Drill</th>
          <th className="py-1.5 font-medium">Status</th>
          <th className="py-1.5 font-medium">Time box</th>
          <th className="py-1.5 font-medium">Created</th>
          <th className="py-1.5 font-medium"><span className="sr-only">Links</span></th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-800">
        {rows.map((drill) => (
          <tr key={drill.id} className="hover:bg-zinc-900">
            <td className="py-2 pr-3">
              <Link href={canRun ? `/drills/${drill.id}` : `/drills/${drill.id}/observe`} className="font-medium text-zinc-100 hover:text-sky-300">
                {drill.title}
              </Link>
              <DemoBadge demo={drill.demo} className="ml-2" />
            </td>
            <td className="py-2 pr-3"><StatusBadge status={drill.status} /></td>
            <td className="py-2 pr-3 text-zinc-400">{drill.clock.timeBoxMinutes} min</td>
            <td className="py-2 text-zinc-400" title={new Date(drill.createdAt).toLocaleString()}>
              {formatDistanceToNow(new Date(drill.createdAt), { addSuffix: true })}
            </td>
            <td className="py-2 text-right text-xs">
              <span className="inline-flex items-center gap-3">
                {canRun && <DeleteDrillButton drill={drill} size="sm" variant="ghost" />}
                <Link href={`/drills/${drill.id}/observe`} className="text-sky-400 hover:underline">
                  Observe
                </Link>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// An abort that has not finished is still in progress: it stays with the running drills until it ends.
const inProgress = (drill: { status: string }) => drill.status === "running" || drill.status === "aborting";

export function RunningDrills() {
  const can = useCan();
  return <DrillList where={inProgress} empty={can("drill.run") ? "No drill is running. Start one from a scenario in the library." : "No drill is running."} />;
}

export function OtherRecentDrills() {
  return <DrillList limit={10} where={(drill) => !inProgress(drill)} empty="Planned and finished drills appear here." />;
}
