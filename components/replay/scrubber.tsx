"use client";

import { memo } from "react";
import type { ReplayMilestone } from "@/lib/review/replay/types";
import { PAUSE_HATCH } from "./mark-look";
import { axisTicks, clockLabel } from "./replay-time";

interface ScrubberProps {
  durationMs: number;
  pauses: { from: number; to: number }[];
  milestones: ReplayMilestone[];
  t: number;
  onSeek: (t: number) => void;
}

const at = (t: number, durationMs: number) => `${durationMs > 0 ? (Math.min(Math.max(t, 0), durationMs) / durationMs) * 100 : 0}%`;

/** A range input over the whole drill (keyboard and screen readers get it for free), drawn over its pauses and milestones. */
export function Scrubber({ durationMs, pauses, milestones, t, onSeek }: ScrubberProps) {
  return (
    <div className="flex flex-col gap-1">
      <div className="relative h-8">
        <ScrubberTrack durationMs={durationMs} pauses={pauses} milestones={milestones} />
        <div aria-hidden className="pointer-events-none absolute top-1/2 left-0 h-1.5 -translate-y-1/2 rounded-l-full bg-sky-500/80" style={{ width: at(t, durationMs) }} />
        <input
          type="range"
          min={0}
          max={durationMs}
          step={1000}
          value={Math.round(t)}
          aria-label="Play head"
          aria-valuetext={clockLabel(pauses, t)}
          onChange={(event) => onSeek(Number(event.currentTarget.value))}
          className="absolute inset-0 h-8 w-full cursor-pointer appearance-none bg-transparent focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-400 [&::-moz-range-thumb]:h-4 [&::-moz-range-thumb]:w-4 [&::-moz-range-thumb]:rounded-full [&::-moz-range-thumb]:border-2 [&::-moz-range-thumb]:border-zinc-950 [&::-moz-range-thumb]:bg-sky-300 [&::-webkit-slider-thumb]:h-4 [&::-webkit-slider-thumb]:w-4 [&::-webkit-slider-thumb]:appearance-none [&::-webkit-slider-thumb]:rounded-full [&::-webkit-slider-thumb]:border-2 [&::-webkit-slider-thumb]:border-zinc-950 [&::-webkit-slider-thumb]:bg-sky-300 [&::-webkit-slider-thumb]:shadow-[0_0_0_3px_rgba(56,189,248,0.35)]"
        />
      </div>
      <ScrubberLabels durationMs={durationMs} pauses={pauses} />
    </div>
  );
}

const ScrubberTrack = memo(function ScrubberTrack({ durationMs, pauses, milestones }: Omit<ScrubberProps, "t" | "onSeek">) {
  return (
    <div aria-hidden className="pointer-events-none absolute inset-x-0 top-1/2 h-1.5 -translate-y-1/2 rounded-full bg-zinc-800">
      {pauses.map((pause) => (
        <div
          key={pause.from}
          data-testid="scrubber-pause"
          className="absolute -inset-y-1.5 rounded-sm border-x border-zinc-500/60"
          style={{ left: at(pause.from, durationMs), width: `calc(${at(pause.to, durationMs)} - ${at(pause.from, durationMs)})`, background: PAUSE_HATCH }}
        />
      ))}
      {milestones.map((milestone) => (
        <div
          key={`${milestone.milestone}-${milestone.t}`}
          className="absolute -top-2.5 h-6 w-0.5 -translate-x-1/2 rounded bg-emerald-400"
          style={{ left: at(milestone.t, durationMs) }}
        >
          <span className="absolute -top-1 left-1/2 h-2 w-2 -translate-x-1/2 rotate-45 bg-emerald-400" />
        </div>
      ))}
    </div>
  );
});

const ScrubberLabels = memo(function ScrubberLabels({ durationMs, pauses }: { durationMs: number; pauses: { from: number; to: number }[] }) {
  const ticks = axisTicks(durationMs, 12);
  return (
    <div aria-hidden className="relative h-4 text-[10px] text-zinc-500">
      {ticks.map((tick, index) => (
        <span key={tick} className={`absolute font-mono tabular-nums ${index === 0 ? "" : "-translate-x-1/2"}`} style={{ left: at(tick, durationMs) }}>
          {clockLabel(pauses, tick)}
        </span>
      ))}
      <span className="absolute right-0 bg-zinc-900 pl-1 font-mono text-zinc-400 tabular-nums">{clockLabel(pauses, durationMs)}</span>
    </div>
  );
});
