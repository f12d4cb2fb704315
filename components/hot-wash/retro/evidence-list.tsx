"use client";

import { quoteEvent } from "@/lib/review/answer/quote";
import type { TimelineEventView } from "@/lib/timeline/events";
import { EventQuoteLine } from "../../review/event-quote";
import { EventLink } from "../../timeline/event-extras";

/** The events an item points to, each quoted in one line; with `onRemove`, each can be taken off. */
export function EvidenceList({ seqs, events, onRemove }: { seqs: number[]; events: TimelineEventView[]; onRemove?: (seq: number) => void }) {
  if (seqs.length === 0) return onRemove ? <p className="text-xs text-zinc-500">No evidence linked.</p> : null;
  const bySeq = new Map(events.map((event) => [event.id, event]));
  return (
    <ul aria-label="Evidence" className="flex flex-col gap-0.5">
      {seqs.map((seq) => {
        const event = bySeq.get(seq);
        return (
          <li key={seq} className="flex items-start gap-1.5">
            {event ? <EventQuoteLine quote={quoteEvent(event)} /> : <EventLink seq={seq} />}
            {onRemove && (
              <button type="button" onClick={() => onRemove(seq)} aria-label={`Remove evidence #${seq}`} className="rounded px-1 text-xs text-zinc-500 hover:text-rose-300 focus-visible:outline-2 focus-visible:outline-sky-400">
                ×
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
