"use client";

import { memo, useEffect, useRef } from "react";
import type { ReplayLane, ReplayMark, ReplayMarkKind } from "@/lib/review/replay/types";
import { DIAMOND_KINDS, MARK_LOOK } from "./mark-look";

interface MarksCanvasProps {
  lanes: ReplayLane[];
  marksByLane: Map<string, ReplayMark[]>;
  durationMs: number;
  pauses: { from: number; to: number }[];
  width: number;
  rowHeight: number;
}

/**
 * Every mark of every lane, drawn once per size on a canvas: thousands of marks cost one bitmap, and moving the
 * play head never touches it (the play head and the dimmed future are elements laid over it).
 */
export const MarksCanvas = memo(function MarksCanvas({ lanes, marksByLane, durationMs, pauses, width, rowHeight }: MarksCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const height = lanes.length * rowHeight;

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext("2d");
    if (!element || !context || width <= 0) return;
    const ratio = window.devicePixelRatio || 1;
    element.width = Math.round(width * ratio);
    element.height = Math.round(height * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    const x = (t: number) => (durationMs > 0 ? (Math.min(Math.max(t, 0), durationMs) / durationMs) * width : 0);

    lanes.forEach((_, row) => {
      if (row % 2 === 1) {
        context.fillStyle = "rgba(39,39,42,0.35)";
        context.fillRect(0, row * rowHeight, width, rowHeight);
      }
    });
    drawPauses(context, pauses.map((pause) => [x(pause.from), x(pause.to)]), height);

    // One fill colour at a time: grouping by kind keeps 10,000 marks to a few state changes.
    const byKind = new Map<ReplayMarkKind, { x: number; y: number }[]>();
    lanes.forEach((lane, row) => {
      for (const mark of marksByLane.get(lane.id) ?? []) {
        const points = byKind.get(mark.kind) ?? [];
        points.push({ x: x(mark.t), y: row * rowHeight + rowHeight / 2 });
        byKind.set(mark.kind, points);
      }
    });
    for (const [kind, points] of byKind) {
      context.fillStyle = MARK_LOOK[kind]?.color ?? "#a1a1aa";
      const diamond = DIAMOND_KINDS.has(kind);
      const half = rowHeight * 0.3;
      if (diamond) {
        context.beginPath();
        for (const point of points) {
          context.moveTo(point.x, point.y - half);
          context.lineTo(point.x + half * 0.8, point.y);
          context.lineTo(point.x, point.y + half);
          context.lineTo(point.x - half * 0.8, point.y);
          context.closePath();
        }
        context.fill();
      } else {
        for (const point of points) context.fillRect(Math.round(point.x) - 1, point.y - half, 2, half * 2);
      }
    }
  }, [lanes, marksByLane, durationMs, pauses, width, height, rowHeight]);

  return <canvas ref={canvas} data-testid="replay-lanes-canvas" aria-hidden className="absolute inset-0 block" style={{ width, height }} />;
});

function drawPauses(context: CanvasRenderingContext2D, spans: [number, number][], height: number) {
  if (spans.length === 0) return;
  context.save();
  for (const [from, to] of spans) {
    context.fillStyle = "rgba(161,161,170,0.10)";
    context.fillRect(from, 0, Math.max(1, to - from), height);
    context.beginPath();
    context.rect(from, 0, Math.max(1, to - from), height);
    context.clip();
    context.strokeStyle = "rgba(161,161,170,0.30)";
    context.lineWidth = 1;
    context.beginPath();
    for (let offset = -height; offset < to - from + height; offset += 8) {
      context.moveTo(from + offset, height);
      context.lineTo(from + offset + height, 0);
    }
    context.stroke();
    context.restore();
    context.save();
  }
  context.restore();
}
