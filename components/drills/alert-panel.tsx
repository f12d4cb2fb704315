"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { formatOffset } from "@/lib/drill-model/clock";
import { MILESTONE_LABELS } from "@/lib/drill-model/milestones";
import { can } from "@/lib/drill-model/state-machine";
import type { DrillView } from "@/lib/drills/view";
import { fireAlertMutation } from "@/lib/queries/drills";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { ExpandableText } from "../ui/expandable-text";
import { drillPhase } from "./drill-phase";
import { useDrillClock } from "./use-clock";

const severityTone = { critical: "danger", high: "danger", warning: "warning", info: "info" } as const;

type Alert = DrillView["script"]["alerts"][number];

/** When an alert is due on the drill clock: its offset from the start, or from when its injection was done (unknown until then). */
function dueAtMs(drill: DrillView, alert: Alert): number | null {
  if (alert.relativeTo === "start") return alert.offsetMinutes * 60_000;
  const anchor = drill.progress.injections[alert.relativeTo];
  return anchor ? (anchor.offsetMs ?? 0) + alert.offsetMinutes * 60_000 : null;
}

function injectionName(drill: DrillView, id: string): string {
  const index = drill.script.injections.findIndex((step) => step.id === id);
  return index < 0 ? id : `injection ${index + 1}`;
}

/** Scripted alerts in the order they are due; the facilitator fires each one when the moment comes. */
export function AlertPanel({ drill }: { drill: DrillView }) {
  const fire = useMutation(fireAlertMutation(useQueryClient(), drill.id));
  const alerts = [...drill.script.alerts].sort((a, b) => (dueAtMs(drill, a) ?? Infinity) - (dueAtMs(drill, b) ?? Infinity) || a.offsetMinutes - b.offsetMinutes);
  const phase = drillPhase(drill.status);
  const running = can(drill.status, "fire_alert");
  // Before the start Fire shows what will be possible; after the end there is nothing left to fire.
  const canFire = running || phase === "planned";
  const { elapsed } = useDrillClock(drill.clock);
  return (
    <Card title="Scripted alerts">
      {alerts.length === 0 && <p className="text-sm text-zinc-500">This scenario has no scripted alerts.</p>}
      <ul className="flex flex-col gap-1.5">
        {alerts.map((alert) => {
          const fired = drill.progress.alerts[alert.id];
          const dueAt = dueAtMs(drill, alert);
          const due = running && !fired && dueAt !== null && elapsed >= dueAt;
          return (
            <li key={alert.id} data-testid={`alert-${alert.id}`} className={`flex items-center gap-2 rounded-md border px-2.5 py-1.5 ${fired ? "border-zinc-800 opacity-60" : due ? "border-amber-500/70 bg-amber-950/20" : "border-zinc-800"}`}>
              <span className={`w-14 shrink-0 font-mono text-xs ${due ? "text-amber-300" : "text-zinc-500"}`}>
                {dueAt === null ? `+${formatOffset(alert.offsetMinutes * 60_000).slice(2)}` : formatOffset(dueAt)}
                {due && <span className="block text-[10px]">due</span>}
              </span>
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap gap-1">
                  <Badge tone={severityTone[alert.severity]}>{alert.severity}</Badge>
                  <Badge>{alert.source}</Badge>
                  {alert.relativeTo !== "start" && <Badge tone="neutral">after {injectionName(drill, alert.relativeTo)}</Badge>}
                  {alert.unlessMilestone && <Badge tone="violet">unless {MILESTONE_LABELS[alert.unlessMilestone].toLowerCase()}</Badge>}
                </div>
                <ExpandableText text={alert.title} what="alert title" className="mt-0.5 text-sm text-zinc-200" />
              </div>
              {fired ? (
                <span className="shrink-0 font-mono text-xs text-amber-300">fired {formatOffset(fired.offsetMs ?? 0)}</span>
              ) : !canFire ? (
                <span className="shrink-0 text-xs text-zinc-500">not fired</span>
              ) : (
                <Button size="sm" variant="primary" disabled={!running || fire.isPending} onClick={() => fire.mutate({ alertId: alert.id })} aria-label={`Fire alert: ${alert.title}`}>
                  Fire
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {fire.error && <p role="alert" className="mt-2 text-xs text-rose-400">{fire.error.message}</p>}
    </Card>
  );
}
