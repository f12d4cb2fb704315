"use client";

import { Card } from "../ui/card";
import { ErrorBanner } from "../ui/field";
import { StreamBadge, TimelineList } from "../timeline/timeline-list";
import { DrillHeader } from "./drill-header";
import { HiddenAnswer } from "./hidden-answer";
import { NoteComposer } from "./note-composer";
import { useLiveDrill } from "./use-live-drill";

/** Read-only watching for scenario designers and managers; the only thing they add is notes. */
export function ObserverView({ drillId }: { drillId: string }) {
  const { drill, timeline } = useLiveDrill(drillId);
  if (drill.error) return <ErrorBanner message={drill.error.message} />;
  if (!drill.data) return <p className="text-sm text-zinc-500">Loading drill…</p>;
  return (
    <div className="flex flex-col gap-3">
      <DrillHeader drill={drill.data} />
      <div className="grid gap-3 lg:grid-cols-[minmax(0,1fr)_minmax(0,22rem)]">
        <Card title="Live timeline" actions={<StreamBadge state={timeline.state} />}>
          <TimelineList events={timeline.events} className="-m-3 max-h-[calc(100vh-12rem)]" />
        </Card>
        <div className="flex flex-col gap-3">
          <Card title="Notes">
            <NoteComposer drillId={drillId} disabled={drill.data.status === "closed"} />
          </Card>
          <HiddenAnswer drill={drill.data} open />
        </div>
      </div>
    </div>
  );
}
