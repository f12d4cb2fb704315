"use client";

import { useEffect, useState } from "react";
import { elapsedMs, remainingMs, type ClockState } from "@/lib/drill-model/clock";
import type { ClockView } from "@/lib/drills/view";

function toClockState(view: ClockView): ClockState {
  const date = (value: string | null) => (value ? new Date(value) : null);
  return { startedAt: date(view.startedAt), endedAt: date(view.endedAt), pausedAt: date(view.pausedAt), pausedMs: view.pausedMs, timeBoxMinutes: view.timeBoxMinutes };
}

/** Ticks every second on the server's time (corrected for this browser's clock skew). */
export function useDrillClock(view: ClockView | undefined) {
  const [now, setNow] = useState(() => Date.now());
  const [skewMs, setSkewMs] = useState(0);
  useEffect(() => {
    if (view) setSkewMs(new Date(view.serverNow).getTime() - Date.now());
  }, [view]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  if (!view) return { elapsed: 0, remaining: 0, fraction: 0 };
  const state = toClockState(view);
  const serverNow = new Date(now + skewMs);
  const elapsed = elapsedMs(state, serverNow);
  return { elapsed, remaining: remainingMs(state, serverNow), fraction: Math.min(1, elapsed / (view.timeBoxMinutes * 60_000)) };
}
