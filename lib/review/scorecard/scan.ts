import { AUDIENCE, type EventKind, type TimelineEventView } from "../../timeline/events";

export type EventOf<K extends EventKind> = Extract<TimelineEventView, { kind: K }>;
type Buckets = { [K in EventKind]: EventOf<K>[] };

/** The timeline sorted once into what the scorecard reads: events by kind and by seq, and where the drill ended. */
export interface ScannedTimeline {
  bySeq: ReadonlyMap<number, TimelineEventView>;
  of<K extends EventKind>(kind: K): readonly EventOf<K>[];
  /** The `drill.ended` event's offset; null while the drill has not ended. */
  endOffsetMs: number | null;
  /** How much of the clock the drill used: its end, or the last event's offset while it runs. */
  usedMs: number;
  /** On the clock and not after the end: what responses, acknowledgements and participation count. */
  during(event: TimelineEventView): boolean;
}

const KNOWN = new Set(Object.keys(AUDIENCE));

/** One pass over the events; kinds this build does not know are left out, so they never move a measured time. */
export function scanTimeline(events: readonly TimelineEventView[]): ScannedTimeline {
  const buckets = Object.fromEntries([...KNOWN].map((kind) => [kind, []])) as unknown as Buckets;
  const bySeq = new Map<number, TimelineEventView>();
  let endOffsetMs: number | null = null;
  let lastOffsetMs = 0;
  for (const event of events) {
    bySeq.set(event.id, event);
    if (!KNOWN.has(event.kind)) continue;
    (buckets[event.kind] as TimelineEventView[]).push(event);
    if (event.offsetMs !== null && event.offsetMs > lastOffsetMs) lastOffsetMs = event.offsetMs;
    if (event.kind === "drill.ended" && endOffsetMs === null) endOffsetMs = event.offsetMs ?? 0;
  }
  return {
    bySeq,
    of: (kind) => buckets[kind],
    endOffsetMs,
    usedMs: endOffsetMs ?? lastOffsetMs,
    during: (event) => event.offsetMs !== null && (endOffsetMs === null || event.offsetMs <= endOffsetMs),
  };
}

/**
 * The earliest event on the drill clock among `events` that pass `keep`, ties to the lower seq. Slack messages are
 * placed at the time Slack gives them, so a late delivery can carry an earlier offset than the event before it.
 */
export function earliest<E extends TimelineEventView>(events: readonly E[], keep: (event: E) => boolean = () => true): E | null {
  let best: E | null = null;
  for (const event of events) {
    if (event.offsetMs === null || !keep(event)) continue;
    if (best === null || event.offsetMs < best.offsetMs! || (event.offsetMs === best.offsetMs && event.id < best.id)) best = event;
  }
  return best;
}
