"use client";

import { format } from "date-fns";
import type { ReplayMilestone } from "@/lib/review/replay/types";
import { formatDuration } from "@/lib/drill-model/clock";
import { Badge } from "../ui/badge";
import { Button } from "../ui/button";
import { CopyLink } from "../ui/copy-link";
import { Scrubber } from "./scrubber";
import { SPEEDS, type Playback } from "./use-playback";
import { clockLabel, milestoneFrom, pauseAt, urlAt } from "./replay-time";

interface TransportProps {
  playback: Playback;
  startMs: number;
  durationMs: number;
  pauses: { from: number; to: number }[];
  milestones: ReplayMilestone[];
  onMilestone: (direction: "previous" | "next") => void;
}

/** Play, pause, speed, the scrubber, milestone jumps and where the play head is, on the drill clock and the wall clock. */
export function Transport({ playback, startMs, durationMs, pauses, milestones, onMilestone }: TransportProps) {
  const { t, playing, speed } = playback;
  const paused = pauseAt(pauses, t);
  const previous = milestoneFrom(milestones, t, "previous");
  const next = milestoneFrom(milestones, t, "next");
  const wall = new Date(startMs + t);
  return (
    <section aria-label="Transport" className="flex flex-col gap-3 rounded-lg border border-zinc-800 bg-zinc-900/60 p-3">
      <div className="flex flex-wrap items-center gap-x-5 gap-y-3">
        <Button variant="primary" onClick={playback.toggle} aria-label={playing ? "Pause" : "Play"} className="w-24">
          <span aria-hidden>{playing ? "❚❚" : "▶"}</span>
          {playing ? "Pause" : "Play"}
        </Button>
        <div role="group" aria-label="Speed" className="flex overflow-hidden rounded-md border border-zinc-700">
          {SPEEDS.map((option) => (
            <button
              key={option}
              type="button"
              aria-pressed={speed === option}
              onClick={() => playback.setSpeed(option)}
              className="h-9 border-l border-zinc-700 px-2.5 font-mono text-xs text-zinc-300 first:border-l-0 hover:bg-zinc-800 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-400 aria-pressed:bg-sky-900/70 aria-pressed:text-sky-100"
            >
              {option}×
            </button>
          ))}
        </div>
        <div role="group" aria-label="Milestones" className="flex items-center gap-1">
          <Button size="sm" variant="ghost" disabled={!previous} onClick={() => onMilestone("previous")} title={previous ? `${previous.label} at ${clockLabel(pauses, previous.t)} (↑ or [)` : undefined}>
            ‹ Previous milestone
          </Button>
          <Button size="sm" variant="ghost" disabled={!next} onClick={() => onMilestone("next")} title={next ? `${next.label} at ${clockLabel(pauses, next.t)} (↓ or ])` : undefined}>
            Next milestone ›
          </Button>
        </div>
        <output aria-label="Play head" aria-live="off" data-testid="replay-head" data-t={Math.round(t)} className="ml-auto flex items-baseline gap-3">
          <span data-testid="replay-clock" className="font-mono text-2xl font-semibold text-white tabular-nums">
            {clockLabel(pauses, t)}
          </span>
          <time data-testid="replay-wall" dateTime={wall.toISOString()} title={wall.toString()} className="font-mono text-sm text-zinc-400 tabular-nums">
            {format(wall, "HH:mm:ss")}
          </time>
          <span className="font-mono text-xs text-zinc-500 tabular-nums">
            {formatDuration(t)} / {formatDuration(durationMs)}
          </span>
          {paused && (
            <Badge tone="warning" className="uppercase">
              <span data-testid="replay-paused">paused</span>
            </Badge>
          )}
          {t >= durationMs && <Badge tone="neutral">end</Badge>}
        </output>
      </div>
      <Scrubber durationMs={durationMs} pauses={pauses} milestones={milestones} t={t} onSeek={playback.seek} />
      <div className="flex flex-wrap items-center justify-between gap-2 text-[11px] text-zinc-500">
        <p>
          <kbd className="rounded border border-zinc-700 px-1 font-mono">space</kbd> play/pause · <kbd className="rounded border border-zinc-700 px-1 font-mono">←</kbd>
          <kbd className="rounded border border-zinc-700 px-1 font-mono">→</kbd> 10 s (shift: 60 s) · <kbd className="rounded border border-zinc-700 px-1 font-mono">↑</kbd>
          <kbd className="rounded border border-zinc-700 px-1 font-mono">↓</kbd> or <kbd className="rounded border border-zinc-700 px-1 font-mono">[</kbd>
          <kbd className="rounded border border-zinc-700 px-1 font-mono">]</kbd> milestones. Hatched bands are pauses of the drill clock.
        </p>
        <CopyLink url={typeof window === "undefined" ? "" : urlAt(window.location.href, t)} label="Copy link to this moment" />
      </div>
    </section>
  );
}
