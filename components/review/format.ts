import { format, isSameDay } from "date-fns";
import { formatDuration } from "@/lib/drill-model/clock";

/** A measured span ("04:12"), or a dash when it never happened. */
export function span(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? "—" : formatDuration(ms);
}

/** A wall time in the reader's own zone: the time alone today, with the date otherwise. */
export function wallTime(iso: string, now = new Date()): string {
  const date = new Date(iso);
  return isSameDay(date, now) ? format(date, "HH:mm") : format(date, "d MMM yyyy, HH:mm");
}

/** The first twelve hex digits, as a hash is read out. */
export function shortHash(hash: string): string {
  return `${hash.slice(0, 12)}…`;
}
