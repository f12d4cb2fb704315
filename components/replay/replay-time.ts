import { formatOffset } from "@/lib/drill-model/clock";
import { clockAt } from "@/lib/review/replay/types";

type Pauses = readonly { from: number; to: number }[];

/** How many of the ascending `times` are at or before `t`: the index just past the play head. */
export function indexAt(times: readonly number[], t: number): number {
  let low = 0;
  let high = times.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (times[middle]! <= t) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The drill clock at wall time `t` as the control room showed it: "T+12:04", and "T-00:30" before the start. */
export function clockLabel(pauses: Pauses, t: number): string {
  return formatOffset(t < 0 ? t : clockAt(pauses, t));
}

/** The pause the play head is inside, if any. */
export function pauseAt(pauses: Pauses, t: number): { from: number; to: number } | null {
  return pauses.find((pause) => pause.from <= t && t < pause.to) ?? null;
}

export const clamp = (t: number, durationMs: number): number => Math.min(Math.max(0, t), Math.max(0, durationMs));

// Decimal seconds only: "0x10", "Infinity" or "12abc" are not a moment anyone linked to.
const SECONDS = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/**
 * `?t=<seconds since the start>` as a play head in ms: clamped into the drill (a negative value opens at the start,
 * 1e308 at the end), `null` when it is not a number at all, so the page opens at the start.
 */
export function parseT(raw: string | null | undefined, durationMs: number): number | null {
  if (raw === null || raw === undefined) return null;
  const text = raw.trim();
  if (!SECONDS.test(text)) return null;
  const seconds = Number(text);
  if (!Number.isFinite(seconds)) return null;
  return clamp(Math.round(seconds * 1000), durationMs);
}

/** The `t` parameter for a play head: whole seconds, as people read and type them. */
export const tParam = (t: number): string => String(Math.max(0, Math.floor(t / 1000)));

/** The same address with `t` set to the play head, keeping every other parameter and the fragment. */
export function urlAt(href: string, t: number): string {
  const url = new URL(href);
  url.searchParams.set("t", tParam(t));
  return url.toString();
}

// A milestone within this of the play head counts as the one it is at, so "previous" moves past it.
const AT_MILESTONE_MS = 500;

/** The milestone to jump to from `t`: the last one before it, or the first one after it. */
export function milestoneFrom<M extends { t: number }>(milestones: readonly M[], t: number, direction: "previous" | "next"): M | null {
  if (direction === "next") return milestones.find((milestone) => milestone.t > t + AT_MILESTONE_MS) ?? null;
  return milestones.findLast((milestone) => milestone.t < t - AT_MILESTONE_MS) ?? null;
}

/**
 * Round steps for the time axis (every 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30, 60 or 120 min), at most about `most` of
 * them, leaving out one so close to the end that its label would run into the end's.
 */
export function axisTicks(durationMs: number, most = 10): number[] {
  const steps = [5 / 60, 10 / 60, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120].map((minutes) => minutes * 60_000);
  const step = steps.find((candidate) => durationMs / candidate <= most) ?? Math.ceil(durationMs / most);
  const ticks: number[] = [0];
  for (let t = step; t <= durationMs - step * 0.5; t += step) ticks.push(t);
  return ticks;
}
