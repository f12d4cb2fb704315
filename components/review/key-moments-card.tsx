"use client";

import type { TimelineEventView } from "@/lib/timeline/events";
import { eventSummary } from "../drills/event-choice";
import { EventLink } from "../timeline/event-extras";
import { Card } from "../ui/card";
import { StarButton } from "./star-button";

/** The starred events, in timeline order: the report's key moments. */
export function KeyMomentsCard({ drillId, seqs, events, editable }: { drillId: string; seqs: number[]; events: TimelineEventView[]; editable: boolean }) {
  const byId = new Map(events.map((event) => [event.id, event]));
  return (
    <Card title="Key moments">
      {seqs.length === 0 ? (
        <p className="text-sm text-zinc-500">{editable ? "Star events in the timeline (☆) to make them the report's key moments." : "No moment is starred."}</p>
      ) : (
        <ul data-testid="key-moments" className="flex flex-col gap-1">
          {seqs.map((seq) => {
            const event = byId.get(seq);
            return (
              <li key={seq} className="flex items-start justify-between gap-2 text-xs text-zinc-300">
                <span className="min-w-0 [overflow-wrap:anywhere]">
                  <EventLink seq={seq}>★</EventLink> {event ? eventSummary(event) : `#${seq}`}
                </span>
                {editable && <StarButton drillId={drillId} seq={seq} starred />}
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
