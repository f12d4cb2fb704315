"use client";

import Link from "next/link";
import type { ReactNode } from "react";
import type { DrillView } from "@/lib/drills/view";
import { Badge } from "../ui/badge";
import { DemoBadge } from "./demo-badge";
import { DrillClock } from "./drill-clock";
import { drillPhase } from "./drill-phase";
import { EndedSummary } from "./ended-summary";
import { StatusBadge } from "./status-badge";

/** `scenarioLink` off for share-link holders: the scenario pages are for staff. */
export function DrillHeader({ drill, actions, scenarioLink = true }: { drill: DrillView; actions?: ReactNode; scenarioLink?: boolean }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-4 rounded-lg border border-zinc-800 bg-zinc-900/60 px-4 py-3">
      <div className="min-w-0">
        <div className="flex items-center gap-2">
          <StatusBadge status={drill.status} />
          <DemoBadge demo={drill.demo} />
          {drill.clock.pausedAt && drill.status === "running" && <Badge tone="warning">clock paused</Badge>}
          {scenarioLink ? (
            <Link href={`/scenarios/${drill.scenarioId}`} className="text-xs text-zinc-500 hover:text-zinc-300">
              scenario revision {drill.revision}
            </Link>
          ) : (
            <span className="text-xs text-zinc-500">scenario revision {drill.revision}</span>
          )}
        </div>
        <h1 className="mt-1 truncate text-lg font-semibold text-white">{drill.title}</h1>
        <p className="truncate text-xs text-zinc-500">
          Participants see <span data-testid="drill-public-title" className="text-zinc-300">{drill.publicTitle}</span>
        </p>
      </div>
      <div className="flex items-center gap-6">
        {drillPhase(drill.status) === "ended" ? <EndedSummary status={drill.status} outcome={drill.outcome} clock={drill.clock} /> : <DrillClock clock={drill.clock} />}
        {actions && <div className="relative flex items-center gap-2">{actions}</div>}
      </div>
    </div>
  );
}
