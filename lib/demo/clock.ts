/**
 * The demo's clock: every verb reads `ctx.now`, so a drill seeded in a second can span forty minutes of a morning
 * weeks ago. It only moves forward, at least a second per call, so events keep distinct, ordered times.
 */
export interface SimulatedClock {
  now: () => Date;
  /** Moves to this many minutes after the origin (or a second on, if that is not later than now). */
  to: (minutes: number) => void;
}

/** `leadMinutes` before the origin is where it begins: a drill is planned a while before it starts. */
export function simulatedClock(origin: Date, leadMinutes = 0): SimulatedClock {
  let current = origin.getTime() - leadMinutes * 60_000;
  return {
    now: () => new Date(current),
    to: (minutes) => {
      current = Math.max(current + 1000, origin.getTime() + Math.round(minutes * 60_000));
    },
  };
}

/** The start of a demo drill: whole days before `now`, at an hour of that day (UTC). */
export function demoStart(now: Date, daysAgo: number, hour: number): Date {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - daysAgo));
  return new Date(day.getTime() + hour * 3_600_000);
}
