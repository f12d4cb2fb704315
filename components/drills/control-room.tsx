"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { can as canDo } from "@/lib/drill-model/state-machine";
import { staffDrillSource, startDrillMutation } from "@/lib/queries/drills";
import { useCan } from "../auth/use-can";
import { ErrorBanner } from "../ui/field";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { TimelineList } from "../timeline/timeline-list";
import { TimelineBadge } from "./timeline-badge";
import { AlertPanel } from "./alert-panel";
import { DebriefRoom } from "../review/debrief-room";
import { useStarAction } from "../review/star-button";
import { ChannelLink } from "./channel-link";
import { ChatStatusPanel } from "./chat-status-panel";
import { DrillHeader } from "./drill-header";
import { drillPhase } from "./drill-phase";
import { DangerZone } from "./danger-zone";
import { EndDrillForm } from "./end-drill-form";
import { HiddenAnswer } from "./hidden-answer";
import { HintPanel } from "./hint-panel";
import { InjectionPanel } from "./injection-panel";
import { MilestonePanel } from "./milestone-panel";
import { NoteComposer } from "./note-composer";
import { PauseButton } from "./pause-button";
import { RosterPanel } from "./roster-panel";
import { ScriptPanel } from "./script-panel";
import { ShareLinksPanel } from "./share-links-panel";
import { useLiveDrill } from "./use-live-drill";

export function ControlRoom({ drillId }: { drillId: string }) {
  const { drill, timeline } = useLiveDrill(staffDrillSource(drillId));
  const start = useMutation(startDrillMutation(useQueryClient(), drillId));
  const can = useCan();
  const star = useStarAction(drillId, drill.data?.status ?? "planned", can("drill.run"), timeline.events);

  if (drill.error) return <ErrorBanner message={drill.error.message} />;
  if (!drill.data) return <p className="text-sm text-zinc-500">Loading drill…</p>;
  const view = drill.data;
  const phase = drillPhase(view.status);
  // Once it has ended, the control room is the debrief.
  if (phase === "ended") return <DebriefRoom drill={view} timeline={timeline} />;

  // Abort is not here: it sits apart, in the danger zone, so it is never the button next to Start.
  const lifecycle =
    canDo(view.status, "start") ? (
      <Button variant="primary" disabled={start.isPending} onClick={() => start.mutate()}>
        Start drill
      </Button>
    ) : canDo(view.status, "end") ? (
      <>
        <PauseButton drill={view} />
        <EndDrillForm drillId={drillId} mitigatedRecorded={Boolean(view.progress.milestones.mitigated)} />
      </>
    ) : null;

  return (
    <div className="flex flex-col gap-3">
      <DrillHeader drill={view} actions={lifecycle} />
      <ErrorBanner message={start.error?.message} />
      <div className="flex items-center justify-between text-xs">
        {view.chatProvider === "slack" ? <span className="text-zinc-400">Participants respond in Slack</span> : view.channelUrl && <ChannelLink url={view.channelUrl} />}
        <Link href={`/drills/${drillId}/observe`} className="text-sky-400 hover:underline">
          Observer view
        </Link>
      </div>
      {view.status === "planned" && (
        <p className="rounded-md border border-sky-900 bg-sky-950/40 px-3 py-2 text-sm text-sky-200">
          {view.chatProvider === "slack"
            ? "Starting the drill declares it: the bot creates the Slack channel, invites the roster and posts the briefing. The clock and time box begin at the start."
            : "Share the participant channel link, then start the drill: the clock and time box begin at the start."}
        </p>
      )}
      <div className="grid gap-3 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)_minmax(0,20rem)]">
        <div className="flex flex-col gap-3">
          <InjectionPanel drill={view} />
          <AlertPanel drill={view} />
          <HintPanel drill={view} />
          {canDo(view.status, "abort") && <DangerZone drill={view} />}
        </div>
        <Card title="Timeline" actions={<TimelineBadge status={view.status} state={timeline.state} />} className="flex min-h-0 flex-col">
          <TimelineList events={timeline.events} action={star} className="-m-3 max-h-[calc(100vh-14rem)]" />
        </Card>
        <div className="flex flex-col gap-3">
          <ChatStatusPanel drillId={drillId} planned={canDo(view.status, "choose_chat")} />
          <ScriptPanel drill={view} />
          <RosterPanel drill={view} />
          {can("share.manage") && <ShareLinksPanel drillId={drillId} />}
          <MilestonePanel drill={view} />
          <Card title="Notes">
            <NoteComposer drillId={drillId} disabled={!canDo(view.status, "add_note")} />
          </Card>
          <HiddenAnswer drill={view} />
        </div>
      </div>
    </div>
  );
}
