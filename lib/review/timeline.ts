import type { Db } from "../db/client";
import { toEventView, type TimelineEventView } from "../timeline/events";

/** The drill's whole timeline as staff see it, in order: what scorecards and reports are computed from. */
export async function loadEvents(db: Db, drillId: string): Promise<TimelineEventView[]> {
  const rows = await db.timelineEvent.findMany({ where: { drillId }, orderBy: { seq: "asc" } });
  return rows.map(toEventView);
}

/** The latest on/off choice per event seq (`moment.starred`, `note.picked`), as the sorted seqs that are on. */
function latestChoices(events: readonly TimelineEventView[], pick: (event: TimelineEventView) => [number, boolean] | null): number[] {
  const state = new Map<number, boolean>();
  for (const event of events) {
    const choice = pick(event);
    if (choice) state.set(choice[0], choice[1]);
  }
  return [...state].filter(([, on]) => on).map(([seq]) => seq).sort((a, b) => a - b);
}

export function starredSeqs(events: readonly TimelineEventView[]): number[] {
  return latestChoices(events, (event) => (event.kind === "moment.starred" ? [event.body.seq, event.body.starred] : null));
}

export function pickedNoteSeqs(events: readonly TimelineEventView[]): number[] {
  return latestChoices(events, (event) => (event.kind === "note.picked" ? [event.body.noteSeq, event.body.picked] : null));
}
