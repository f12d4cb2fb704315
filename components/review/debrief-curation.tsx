"use client";

import { can } from "@/lib/drill-model/state-machine";
import type { DrillView } from "@/lib/drills/view";
import type { DebriefView } from "@/lib/review/debrief-view";
import type { TimelineEventView } from "@/lib/timeline/events";
import { NoteComposer } from "../drills/note-composer";
import { Card } from "../ui/card";
import { KeyMomentsCard } from "./key-moments-card";
import { ReportNotes } from "./report-notes-card";

/** What facilitators and observers choose for the report: key moments and notes, and new notes. */
export function DebriefCuration({ drill, debrief, events, mayCurate }: { drill: DrillView; debrief: DebriefView | undefined; events: TimelineEventView[]; mayCurate: boolean }) {
  return (
    <>
      <KeyMomentsCard drillId={drill.id} seqs={debrief?.keyMoments ?? []} events={events} editable={mayCurate && can(drill.status, "star_moment")} />
      <Card title="Notes">
        <div className="flex flex-col gap-3">
          {debrief && <ReportNotes drillId={drill.id} notes={debrief.notes} picked={debrief.pickedNotes} editable={mayCurate && can(drill.status, "pick_note")} />}
          {mayCurate && can(drill.status, "add_note") && (
            <div className="border-t border-zinc-800 pt-3">
              <NoteComposer drillId={drill.id} />
            </div>
          )}
        </div>
      </Card>
    </>
  );
}
