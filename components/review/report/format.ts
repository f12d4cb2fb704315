import { formatDuration, formatOffset } from "@/lib/drill-model/clock";
import type { DrillOutcome } from "@/lib/drill-model/state-machine";
import type { BadgeTone } from "@/components/ui/badge";

export const OUTCOME_LOOK: Record<DrillOutcome, { label: string; tone: BadgeTone }> = {
  mitigated: { label: "Mitigated", tone: "success" },
  failed: { label: "Failed", tone: "warning" },
  timed_out: { label: "Timed out", tone: "warning" },
  aborted: { label: "Aborted", tone: "neutral" },
};

export function outcomeLabel(outcome: DrillOutcome | null): string {
  return outcome ? (OUTCOME_LOOK[outcome]?.label ?? outcome.replaceAll("_", " ")) : "No outcome";
}

/** A wall time in the team's zone (not the browser's or the server's): "2 Mar 2026, 19:04". */
export function wallTime(iso: string | null, timeZone: string, style: "datetime" | "date" | "time" = "datetime"): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "—";
  const options: Intl.DateTimeFormatOptions =
    style === "date" ? { dateStyle: "medium" } : style === "time" ? { timeStyle: "short" } : { dateStyle: "medium", timeStyle: "short" };
  try {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone }).format(date);
  } catch {
    // An unknown zone name (a setting typed by hand) still shows a time, in UTC, said as such.
    return `${new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(date)} UTC`;
  }
}

/** A day given as YYYY-MM-DD (an exercise's date): shown as written, never moved across a zone boundary. */
export function calendarDate(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  return new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** A measured span: "12:04", or "—" when it never happened. */
export const span = (ms: number | null | undefined): string => (ms === null || ms === undefined ? "—" : formatDuration(ms));

/** A point on the drill clock: "T+12:04". */
export const offset = (ms: number | null | undefined): string => (ms === null || ms === undefined ? "—" : formatOffset(ms));

export const minutes = (ms: number): number => Math.round((ms / 60_000) * 10) / 10;

export const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`;
