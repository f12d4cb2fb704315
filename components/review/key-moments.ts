import type { TimelineEventView } from "@/lib/timeline/events";

/** The starred events' seqs, in timeline order: the latest star or unstar of each event counts. */
export function starredSeqs(events: readonly TimelineEventView[]): number[] {
  const starred = new Map<number, boolean>();
  for (const event of events) if (event.kind === "moment.starred") starred.set(event.body.seq, event.body.starred);
  return [...starred].filter(([, on]) => on).map(([seq]) => seq).sort((a, b) => a - b);
}
