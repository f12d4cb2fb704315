"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { formatDuration, formatOffset } from "@/lib/drill-model/clock";
import { MILESTONE_LABELS } from "@/lib/drill-model/milestones";
import type { Milestone } from "@/lib/drill-model/milestone-names";
import type { ScriptItemView } from "@/lib/drills/script/items";
import { waitingText } from "@/lib/drills/script/waiting";
import { can } from "@/lib/drill-model/state-machine";
import type { DrillView } from "@/lib/drills/view";
import { scriptItemMutation } from "@/lib/queries/drills";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { ExpandableText } from "../ui/expandable-text";
import { useDrillClock } from "./use-clock";

const kindTone = { alert: "warning", hint: "violet", timebox: "danger" } as const;

function Countdown({ item, elapsed, paused }: { item: ScriptItemView; elapsed: number; paused: boolean }) {
  if (item.dueOffsetMs === null)
    return (
      <span className={item.waitingOn?.state === "running" ? "text-zinc-400" : "text-amber-300"} data-testid={`waiting-${item.itemId}`}>
        {item.waitingOn ? waitingText(item.waitingOn) : "after its injection"}
      </span>
    );
  const left = item.dueOffsetMs - elapsed;
  return (
    <span className={`font-mono tabular-nums ${left < 60_000 ? "text-amber-300" : "text-zinc-300"}`} title={`due at ${formatOffset(item.dueOffsetMs)} on the drill clock`}>
      {left <= 0 ? "due now" : `in ${formatDuration(left)}`}
      {paused && " (paused)"}
    </span>
  );
}

/** What the script will do by itself next, with countdowns; the facilitator can fire early, skip or delay. */
export function ScriptPanel({ drill }: { drill: DrillView }) {
  const { elapsed } = useDrillClock(drill.clock);
  const act = useMutation(scriptItemMutation(useQueryClient(), drill.id));
  const running = can(drill.status, "manage_script");
  const pending = drill.scriptItems.filter((item) => item.status === "pending");
  // Cancelled items (the drill ended first) never happened: they are not "done".
  const done = drill.scriptItems.filter((item) => item.status === "fired" || item.status === "skipped").length;
  const cancelled = drill.scriptItems.filter((item) => item.status === "cancelled").length;
  const paused = drill.clock.pausedAt !== null;
  const counts = [done > 0 && `${done} done`, cancelled > 0 && `${cancelled} cancelled`].filter(Boolean).join(" · ");

  return (
    <Card title="Coming up" actions={counts ? <span className="text-[11px] text-zinc-500">{counts}</span> : undefined}>
      {drill.scriptItems.length === 0 && <p className="text-sm text-zinc-500">The script is scheduled when the drill starts.</p>}
      {drill.scriptItems.length > 0 && pending.length === 0 && <p className="text-sm text-zinc-500">Nothing left in the script.</p>}
      <ul aria-label="Coming up" className="flex flex-col gap-1.5">
        {pending.map((item) => (
          <li key={item.id} data-testid={`script-item-${item.itemId}`} className="rounded-md border border-zinc-800 px-2.5 py-1.5 text-sm">
            <div className="flex items-center justify-between gap-2 text-xs">
              <span className="flex items-center gap-1">
                <Badge tone={kindTone[item.kind]}>{item.kind}</Badge>
                {item.unlessMilestone && <Badge tone="neutral">unless {MILESTONE_LABELS[item.unlessMilestone as Milestone]?.toLowerCase() ?? item.unlessMilestone}</Badge>}
                {item.waitingOn && item.waitingOn.state !== "running" && <Badge tone="warning">blocked</Badge>}
              </span>
              <Countdown item={item} elapsed={elapsed} paused={paused} />
            </div>
            <ExpandableText text={item.title} what="title" className="mt-0.5 text-zinc-200" />
            {running && (
              <div className="mt-1 flex gap-1">
                {item.kind !== "timebox" && (
                  <Button size="sm" variant="ghost" disabled={act.isPending} onClick={() => act.mutate({ itemId: item.id, action: "fire" })} aria-label={`Fire now: ${item.title}`}>
                    Fire now
                  </Button>
                )}
                <Button size="sm" variant="ghost" disabled={act.isPending || item.dueOffsetMs === null} onClick={() => act.mutate({ itemId: item.id, action: "delay", minutes: 5 })} aria-label={`Delay 5 min: ${item.title}`}>
                  +5 min
                </Button>
                {item.kind !== "timebox" && (
                  <Button size="sm" variant="ghost" disabled={act.isPending} onClick={() => act.mutate({ itemId: item.id, action: "skip" })} aria-label={`Skip: ${item.title}`}>
                    Skip
                  </Button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
      {act.error && <p role="alert" className="mt-2 text-xs text-rose-400">{act.error.message}</p>}
    </Card>
  );
}
