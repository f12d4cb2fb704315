"use client";

import type { DrillView } from "@/lib/drills/view";
import { MILESTONES } from "@/lib/drill-model/milestone-names";
import { Card } from "../ui/card";
import { useDrillEvents } from "./event-choice";
import { MilestoneRow } from "./milestone-row";

/** What responders achieved, when, and what proves it: the raw material of the score. */
export function MilestonePanel({ drill }: { drill: DrillView }) {
  const events = useDrillEvents(drill.id);
  return (
    <Card title="Milestones">
      <ul className="flex flex-col divide-y divide-zinc-800/70">
        {MILESTONES.map((milestone) => (
          <MilestoneRow key={milestone} drill={drill} milestone={milestone} events={events} />
        ))}
      </ul>
    </Card>
  );
}
