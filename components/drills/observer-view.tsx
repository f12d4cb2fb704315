"use client";

import type { QueryKey } from "@tanstack/react-query";
import { can } from "@/lib/drill-model/state-machine";
import { staffDrillSource, type DrillSource } from "@/lib/queries/drills";
import { Card } from "../ui/card";
import { ErrorBanner } from "../ui/field";
import { ObserverDebrief } from "../review/observer-debrief";
import { useStarAction } from "../review/star-button";
import { TimelineList } from "../timeline/timeline-list";
import { useCan } from "../auth/use-can";
import { DrillHeader } from "./drill-header";
import { drillPhase } from "./drill-phase";
import { HiddenAnswer } from "./hidden-answer";
import { NoteComposer } from "./note-composer";
import { TimelineBadge } from "./timeline-badge";
import { useLiveDrill } from "./use-live-drill";

/** Read-only watching for scenario designers and managers; the only thing they add is notes. */
export function ObserverView({ drillId }: { drillId: string }) {
  return <LiveObserverView source={staffDrillSource(drillId)} />;
}

/** The observer's screen from any source; `readOnly` (a share link's holder) leaves out the notes and the links into staff pages. */
export function LiveObserverView<K extends QueryKey>({ source, readOnly = false }: { source: DrillSource<K>; readOnly?: boolean }) {
  const { drill, timeline } = useLiveDrill(source);
  const allowed = useCan();
  const star = useStarAction(drill.data?.id ?? "", drill.data?.status ?? "planned", !readOnly && allowed("note.write"), timeline.events);
  if (drill.error) return <ErrorBanner message={drill.error.message} />;
  if (!drill.data) return <p className="text-sm text-zinc-500">Loading drill…</p>;
  const phase = drillPhase(drill.data.status);
  // Staff read the debrief once it has ended; a share link's holder reads the report instead.
  if (phase === "ended" && !readOnly) return <ObserverDebrief drill={drill.data} timeline={timeline} />;
  return (
    <div className="flex flex-col gap-3">
      <DrillHeader drill={drill.data} scenarioLink={!readOnly} />
      <div className="grid gap-3 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]">
        <Card title={phase === "running" ? "Live timeline" : "Timeline"} actions={<TimelineBadge status={drill.data.status} state={timeline.state} />}>
          <TimelineList events={timeline.events} action={star} className="-m-3 max-h-[calc(100vh-12rem)]" />
        </Card>
        <div className="flex flex-col gap-3">
          {!readOnly && (
            <Card title="Notes">
              <NoteComposer drillId={drill.data.id} disabled={!can(drill.data.status, "add_note")} />
            </Card>
          )}
          <HiddenAnswer drill={drill.data} open />
        </div>
      </div>
    </div>
  );
}
