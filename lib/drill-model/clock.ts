/** The drill clock: wall time since start, minus time spent paused. Derived from stored fields so it survives restarts. */
export interface ClockState {
  startedAt: Date | null;
  endedAt: Date | null;
  pausedAt: Date | null;
  pausedMs: number;
  timeBoxMinutes: number;
}

export function elapsedMs(clock: ClockState, now: Date): number {
  if (!clock.startedAt) return 0;
  const stoppedAt = clock.pausedAt ?? clock.endedAt ?? now; // ended while paused: the clock stopped at the pause
  return Math.max(0, stoppedAt.getTime() - clock.startedAt.getTime() - clock.pausedMs);
}

export function remainingMs(clock: ClockState, now: Date): number {
  return clock.timeBoxMinutes * 60_000 - elapsedMs(clock, now);
}

/** "T+04:07", "T+1:02:03", and "T-00:30" for moments before the start. */
export function formatOffset(ms: number): string {
  const sign = ms <= -1000 ? "-" : "+";
  return `T${sign}${formatDuration(Math.abs(ms))}`;
}

/** "04:07" or "1:02:03"; negative durations (overtime) get a leading minus. */
export function formatDuration(ms: number): string {
  const negative = ms < 0;
  const total = Math.floor(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  const body = hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
  return negative ? `-${body}` : body;
}
