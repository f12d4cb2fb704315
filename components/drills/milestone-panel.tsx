"use client";

import { formatOffset } from "@/lib/drills/clock";
import { MILESTONE_LABELS } from "@/lib/drills/milestones";
import type { DrillView } from "@/lib/drills/view";
import { MILESTONES } from "@/lib/timeline/events";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { useDrillAction } from "./use-drill-action";

/** What responders achieved, and when: the raw material of the score. */
export function MilestonePanel({ drill }: { drill: DrillView }) {
  const record = useDrillAction(drill.id, "milestones");
  const running = drill.status === "running";
  return (
    <Card title="Milestones">
      <ul className="flex flex-col gap-1">
        {MILESTONES.map((milestone) => {
          const reached = drill.progress.milestones[milestone];
          return (
            <li key={milestone} className="flex items-center justify-between gap-2 text-sm">
              <span className={reached ? "text-emerald-300" : "text-zinc-300"}>
                {reached ? "✓ " : ""}
                {MILESTONE_LABELS[milestone]}
              </span>
              {reached ? (
                <span className="font-mono text-xs text-emerald-400">{formatOffset(reached.offsetMs ?? 0)}</span>
              ) : (
                <Button size="sm" variant="success" disabled={!running || record.isPending} onClick={() => record.mutate({ milestone })} aria-label={`Record milestone: ${MILESTONE_LABELS[milestone]}`}>
                  Record
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {record.error && <p role="alert" className="mt-2 text-xs text-rose-400">{record.error.message}</p>}
    </Card>
  );
}
