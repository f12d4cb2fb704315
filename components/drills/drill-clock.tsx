"use client";

import { formatDuration, formatOffset } from "@/lib/drill-model/clock";
import type { ClockView } from "@/lib/drills/view";
import { useDrillClock } from "./use-clock";

/** Elapsed drill time and the time box counting down, with a bar that turns red in the last 20%. */
export function DrillClock({ clock }: { clock: ClockView }) {
  const { elapsed, remaining, fraction } = useDrillClock(clock);
  const started = clock.startedAt !== null;
  const late = remaining < 0;
  const ended = clock.endedAt !== null;
  const bar = late || fraction > 0.8 ? "bg-rose-500" : fraction > 0.5 ? "bg-amber-400" : "bg-emerald-500";
  return (
    <div className="flex items-center gap-4">
      <div className="text-right">
        <div className="text-[10px] font-semibold tracking-wider text-zinc-500 uppercase">Elapsed</div>
        <div data-testid="drill-elapsed" className="font-mono text-2xl leading-none text-white tabular-nums">
          {started ? formatOffset(elapsed) : "T+00:00"}
        </div>
      </div>
      <div className="w-52">
        <div className="flex justify-between text-[10px] font-semibold tracking-wider text-zinc-500 uppercase">
          <span>Time box</span>
          <span>{clock.timeBoxMinutes} min</span>
        </div>
        <div className="mt-1 h-1.5 overflow-hidden rounded bg-zinc-800">
          <div className={`h-full ${bar}`} style={{ width: `${Math.round(fraction * 100)}%` }} />
        </div>
        <div data-testid="drill-remaining" className={`mt-1 font-mono text-sm tabular-nums ${late ? "text-rose-400" : "text-zinc-300"}`}>
          {late ? `${formatDuration(-remaining)} over` : ended ? `stopped, ${formatDuration(remaining)} unused` : `${formatDuration(remaining)} left`}
        </div>
      </div>
    </div>
  );
}
