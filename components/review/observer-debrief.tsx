"use client";

import type { DrillView } from "@/lib/drills/view";
import type { TimelineEventView } from "@/lib/timeline/events";
import { useCan } from "../auth/use-can";
import { DrillHeader } from "../drills/drill-header";
import { HiddenAnswer } from "../drills/hidden-answer";
import { TimelineBadge } from "../drills/timeline-badge";
import { TimelineList } from "../timeline/timeline-list";
import type { StreamState } from "../timeline/use-live-timeline";
import { HotWash } from "../hot-wash/hot-wash";
import { Card } from "../ui/card";
import { DebriefCuration } from "./debrief-curation";
import { DebriefMain } from "./debrief-main";
import { useStarAction } from "./star-button";
import { useDebrief } from "./use-debrief";

/** An ended drill for observers: the scorecard and the comparison to read, key moments and notes to choose for the report. */
export function ObserverDebrief({ drill, timeline }: { drill: DrillView; timeline: { events: TimelineEventView[]; state: StreamState } }) {
  const allowed = useCan();
  const mayCurate = allowed("note.write");
  const debrief = useDebrief(drill.id, timeline.events.at(-1)?.id);
  const star = useStarAction(drill.id, drill.status, mayCurate, timeline.events);
  return (
    <div className="flex flex-col gap-3">
      <DrillHeader drill={drill} />
      <div className="grid gap-3 xl:grid-cols-[minmax(0,1fr)_minmax(0,28rem)]">
        <DebriefMain drill={drill} debrief={debrief} events={timeline.events} canRun={false} />
        <div className="flex min-w-0 flex-col gap-3">
          <Card title="Timeline" actions={<TimelineBadge status={drill.status} state={timeline.state} />}>
            <TimelineList events={timeline.events} action={star} className="-m-3 max-h-[60vh]" />
          </Card>
          <DebriefCuration drill={drill} debrief={debrief.data} events={timeline.events} mayCurate={mayCurate} />
          <HiddenAnswer drill={drill} open />
        </div>
      </div>
      <HotWash drill={drill} events={timeline.events} canRun={false} mayCurate={mayCurate} />
    </div>
  );
}
