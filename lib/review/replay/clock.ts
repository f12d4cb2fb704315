import type { TimelineEventView } from "../../timeline/events";

export interface Pause {
  from: number;
  to: number;
}

/**
 * The wall time `t` at which the drill clock read `offsetMs`: the inverse of `clockAt`. The clock stands still during a
 * pause, so an offset it showed for a whole pause is placed at the pause's start, when it was first reached.
 */
export function tAtClock(pauses: readonly Pause[], offsetMs: number): number {
  let t = offsetMs;
  for (const pause of pauses) {
    if (pause.from >= t) break;
    t += pause.to - pause.from;
  }
  return t;
}

/** Wall milliseconds from `startMs` to the event. */
export function tOf(event: Pick<TimelineEventView, "at">, startMs: number): number {
  return Date.parse(event.at) - startMs;
}

/** The pauses among `events` (in seq order) as `t` ranges; one still open at the end runs to `endT`. */
export function pausesOf(events: readonly TimelineEventView[], startMs: number, endT: number): Pause[] {
  const pauses: Pause[] = [];
  let open: number | null = null;
  for (const event of events) {
    if (event.kind === "drill.paused" && open === null) open = tOf(event, startMs);
    else if (event.kind === "drill.resumed" && open !== null) {
      pauses.push({ from: open, to: Math.max(open, tOf(event, startMs)) });
      open = null;
    }
  }
  if (open !== null) pauses.push({ from: open, to: Math.max(open, endT) });
  return pauses;
}
