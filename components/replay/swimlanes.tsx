"use client";

import { memo, useLayoutEffect, useMemo, useRef, useState, type PointerEvent } from "react";
import type { ReplayLane, ReplayMark, ReplayMarkKind } from "@/lib/review/replay/types";
import { LANE_KIND_LABEL, MARK_LOOK } from "./mark-look";
import { MarksCanvas } from "./marks-canvas";
import { axisTicks, clockLabel, indexAt } from "./replay-time";

const ROW_HEIGHT = 28;
// A mark this close to the pointer is the one it points at.
const HIT_PX = 5;

interface SwimlanesProps {
  lanes: ReplayLane[];
  marksByLane: Map<string, ReplayMark[]>;
  durationMs: number;
  pauses: { from: number; to: number }[];
  t: number;
  onSeek: (t: number) => void;
}

/** Every lane on one time axis; the play head and the dimmed future are the only things that move. */
export function Swimlanes({ lanes, marksByLane, durationMs, pauses, t, onSeek }: SwimlanesProps) {
  const area = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [hover, setHover] = useState<{ x: number; y: number; mark: ReplayMark } | null>(null);
  const dragging = useRef(false);
  const laneTimes = useLaneTimes(lanes, marksByLane);

  useLayoutEffect(() => {
    const element = area.current;
    if (!element) return;
    // Measured before the first paint, so the first frame already has its marks drawn.
    setWidth(Math.floor(element.getBoundingClientRect().width));
    const observer = new ResizeObserver(([entry]) => entry && setWidth(Math.floor(entry.contentRect.width)));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const pointAt = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - box.left;
    const y = event.clientY - box.top;
    const lane = lanes[Math.floor(y / ROW_HEIGHT)];
    const t = durationMs * Math.min(1, Math.max(0, x / Math.max(1, box.width)));
    const mark = lane ? nearestMark(marksByLane.get(lane.id) ?? [], laneTimes.get(lane.id) ?? [], t, (HIT_PX / Math.max(1, box.width)) * durationMs) : null;
    return { x, y, t, mark };
  };

  const percent = durationMs > 0 ? (Math.min(t, durationMs) / durationMs) * 100 : 0;
  const kinds = usePresentKinds(marksByLane);
  return (
    <section role="region" aria-label="Swimlanes" className="rounded-lg border border-zinc-800 bg-zinc-900/60">
      <header className="flex flex-wrap items-center justify-between gap-2 border-b border-zinc-800 px-3 py-2">
        <h2 className="text-xs font-semibold tracking-wide text-zinc-400 uppercase">Swimlanes</h2>
        <Legend kinds={kinds} />
      </header>
      <div className="grid grid-cols-[13rem_1fr] gap-x-3 px-3 py-2">
        <div aria-hidden className="h-5" />
        <Axis durationMs={durationMs} pauses={pauses} />
        <LaneLabels lanes={lanes} />
        <div
          ref={area}
          data-testid="replay-lanes"
          className="relative cursor-crosshair touch-none select-none"
          style={{ height: lanes.length * ROW_HEIGHT }}
          onPointerDown={(event) => {
            dragging.current = true;
            event.currentTarget.setPointerCapture(event.pointerId);
            const point = pointAt(event);
            onSeek(point.mark ? point.mark.t : point.t);
          }}
          onPointerMove={(event) => {
            const point = pointAt(event);
            if (dragging.current) onSeek(point.t);
            setHover(point.mark ? { x: point.x, y: point.y, mark: point.mark } : null);
          }}
          onPointerUp={() => (dragging.current = false)}
          onPointerCancel={() => (dragging.current = false)}
          onPointerLeave={() => setHover(null)}
          title={hover ? `${clockLabel(pauses, hover.mark.t)} · ${hover.mark.label}` : undefined}
        >
          <MarksCanvas lanes={lanes} marksByLane={marksByLane} durationMs={durationMs} pauses={pauses} width={width} rowHeight={ROW_HEIGHT} />
          {/* The future is dimmed: what had happened by the play head reads brighter. */}
          <div aria-hidden className="pointer-events-none absolute inset-y-0 right-0 bg-zinc-950/55" style={{ left: `${percent}%` }} />
          <div aria-hidden data-testid="replay-lanes-head" className="pointer-events-none absolute inset-y-0 w-0.5 -translate-x-1/2 bg-sky-400 shadow-[0_0_6px] shadow-sky-400/70" style={{ left: `${percent}%` }} />
          {hover && (
            <div role="tooltip" className="pointer-events-none absolute z-10 max-w-xs -translate-x-1/2 rounded-md border border-zinc-700 bg-zinc-950 px-2 py-1 text-xs text-zinc-200 shadow-lg" style={{ left: hover.x, top: Math.max(0, hover.y - 40) }}>
              <span className="font-mono text-zinc-400">{clockLabel(pauses, hover.mark.t)}</span> {hover.mark.label}
            </div>
          )}
        </div>
      </div>
    </section>
  );
}

/** Each lane's mark moments, ascending, for finding the mark under the pointer by binary search. */
function useLaneTimes(lanes: ReplayLane[], marksByLane: Map<string, ReplayMark[]>) {
  return useMemo(() => new Map(lanes.map((lane) => [lane.id, (marksByLane.get(lane.id) ?? []).map((mark) => mark.t)])), [lanes, marksByLane]);
}

function nearestMark(marks: ReplayMark[], times: number[], t: number, within: number): ReplayMark | null {
  const index = indexAt(times, t);
  const candidates = [marks[index - 1], marks[index]].filter((mark): mark is ReplayMark => mark !== undefined && Math.abs(mark.t - t) <= within);
  candidates.sort((a, b) => Math.abs(a.t - t) - Math.abs(b.t - t));
  return candidates[0] ?? null;
}

function usePresentKinds(marksByLane: Map<string, ReplayMark[]>): ReplayMarkKind[] {
  return useMemo(() => {
    const present = new Set<ReplayMarkKind>();
    for (const marks of marksByLane.values()) for (const mark of marks) present.add(mark.kind);
    return (Object.keys(MARK_LOOK) as ReplayMarkKind[]).filter((kind) => present.has(kind));
  }, [marksByLane]);
}

const Legend = memo(function Legend({ kinds }: { kinds: ReplayMarkKind[] }) {
  return (
    <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-[11px] text-zinc-400">
      {kinds.map((kind) => (
        <li key={kind} className="flex items-center gap-1">
          <span aria-hidden className="inline-block h-2.5 w-1 rounded-sm" style={{ background: MARK_LOOK[kind].color }} />
          {MARK_LOOK[kind].label}
        </li>
      ))}
      <li className="flex items-center gap-1">
        <span aria-hidden className="inline-block h-2.5 w-3 rounded-sm border border-zinc-600" style={{ background: "repeating-linear-gradient(135deg, rgba(161,161,170,0.45) 0 2px, transparent 2px 4px)" }} />
        Paused
      </li>
    </ul>
  );
});

const LaneLabels = memo(function LaneLabels({ lanes }: { lanes: ReplayLane[] }) {
  return (
    <ul aria-label="Lanes" className="flex flex-col">
      {lanes.map((lane) => (
        <li key={lane.id} data-lane-kind={lane.kind} className="flex min-w-0 flex-col justify-center leading-tight" style={{ height: ROW_HEIGHT }}>
          <span className="truncate text-xs font-medium text-zinc-200" title={lane.label}>
            {lane.label}
          </span>
          <span className="truncate text-[10px] text-zinc-500">{lane.detail ?? LANE_KIND_LABEL[lane.kind]}</span>
        </li>
      ))}
    </ul>
  );
});

const Axis = memo(function Axis({ durationMs, pauses }: { durationMs: number; pauses: { from: number; to: number }[] }) {
  return (
    <div aria-hidden className="relative h-5 border-b border-zinc-800 text-[10px] text-zinc-500">
      {axisTicks(durationMs).map((tick) => (
        <span key={tick} className="absolute bottom-0.5 -translate-x-1/2 font-mono tabular-nums first:translate-x-0" style={{ left: `${(tick / Math.max(1, durationMs)) * 100}%` }}>
          {clockLabel(pauses, tick)}
        </span>
      ))}
    </div>
  );
});
