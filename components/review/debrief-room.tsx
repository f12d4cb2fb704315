"use client";

import Link from "next/link";
import type { DrillView } from "@/lib/drills/view";
import type { TimelineEventView } from "@/lib/timeline/events";
import { useCan } from "../auth/use-can";
import { ChannelLink } from "../drills/channel-link";
import { ChatStatusPanel } from "../drills/chat-status-panel";
import { DrillHeader } from "../drills/drill-header";
import { HiddenAnswer } from "../drills/hidden-answer";
import { InjectionPanel } from "../drills/injection-panel";
import { MilestonePanel } from "../drills/milestone-panel";
import { RosterPanel } from "../drills/roster-panel";
import { ScriptPanel } from "../drills/script-panel";
import { ShareLinksPanel } from "../drills/share-links-panel";
import { TimelineBadge } from "../drills/timeline-badge";
import { TimelineList } from "../timeline/timeline-list";
import type { StreamState } from "../timeline/use-live-timeline";
import { HotWash } from "../hot-wash/hot-wash";
import { Card } from "../ui/card";
import { DebriefCuration } from "./debrief-curation";
import { DebriefMain } from "./debrief-main";
import { LifecycleBar } from "./lifecycle-bar";
import { useStarAction } from "./star-button";
import { useDebrief } from "./use-debrief";

/** The control room once the drill has ended: the debrief, with the timeline, corrections, rollbacks and notes still at hand. */
export function DebriefRoom({ drill, timeline }: { drill: DrillView; timeline: { events: TimelineEventView[]; state: StreamState } }) {
  const allowed = useCan();
  const canRun = allowed("drill.run");
  const debrief = useDebrief(drill.id, timeline.events.at(-1)?.id);
  const star = useStarAction(drill.id, drill.status, canRun || allowed("note.write"), timeline.events);
  return (
    <div className="flex flex-col gap-3">
      <DrillHeader drill={drill} actions={<LifecycleBar drill={drill} canRun={canRun} />} />
      <div className="flex items-center justify-between text-xs">
        {drill.chatProvider === "slack" ? <span className="text-zinc-400">Participants responded in Slack</span> : drill.channelUrl && <ChannelLink url={drill.channelUrl} />}
        <Link href={`/drills/${drill.id}/observe`} className="text-sky-400 hover:underline">
          Observer view
        </Link>
      </div>
      <div className="grid gap-3 xl:grid-cols-[minmax(0,1fr)_minmax(0,28rem)]">
        <DebriefMain drill={drill} debrief={debrief} events={timeline.events} canRun={canRun} />
        <div className="flex min-w-0 flex-col gap-3">
          <Card title="Timeline" actions={<TimelineBadge status={drill.status} state={timeline.state} />} className="flex min-h-0 flex-col">
            <TimelineList events={timeline.events} action={star} className="-m-3 max-h-[60vh]" />
          </Card>
          <DebriefCuration drill={drill} debrief={debrief.data} events={timeline.events} mayCurate />
          <MilestonePanel drill={drill} />
          <InjectionPanel drill={drill} />
          <ScriptPanel drill={drill} />
          {allowed("share.manage") && <ShareLinksPanel drillId={drill.id} />}
          <ChatStatusPanel drillId={drill.id} planned={false} />
          <RosterPanel drill={drill} />
          <HiddenAnswer drill={drill} />
        </div>
      </div>
      <HotWash drill={drill} events={timeline.events} canRun={canRun} mayCurate />
    </div>
  );
}
