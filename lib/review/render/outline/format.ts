import { formatDuration, formatOffset } from "../../../drill-model/clock";
import type { DrillOutcome, DrillStatus } from "../../../drill-model/state-machine";
import { formatWallDate, formatWallTime } from "../time";

export const NONE = "—";

export const offset = (ms: number | null | undefined): string => (ms == null ? NONE : formatOffset(ms));
export const duration = (ms: number | null | undefined): string => (ms == null ? NONE : formatDuration(ms));
export const wallTime = (iso: string | null | undefined, timeZone: string): string => (iso ? formatWallTime(iso, timeZone) : NONE);
export const wallDate = (iso: string | null | undefined, timeZone: string): string => (iso ? formatWallDate(iso, timeZone) : NONE);
export const orNone = (text: string | null | undefined): string => (text && text.trim() ? text : NONE);

/** "incident_commander" → "Incident commander". */
export function humanize(name: string): string {
  const words = name.replace(/[_.]+/g, " ").trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : words;
}

const OUTCOME_LABELS: Record<DrillOutcome, string> = {
  mitigated: "Mitigated",
  failed: "Failed",
  timed_out: "Timed out",
  aborted: "Aborted",
};

export const outcomeLabel = (outcome: DrillOutcome | null): string => (outcome ? OUTCOME_LABELS[outcome] : "Not ended");
export const statusLabel = (status: DrillStatus): string => humanize(status);

/** "72%". */
export const percent = (fraction: number): string => `${Math.round(fraction * 100)}%`;

/** Lines of user text on one line, for a table cell or a heading. */
export const oneLine = (text: string): string => text.replace(/\s*[\r\n]+\s*/g, " ").trim();

/** At most `max` characters, with an ellipsis when cut: for quotes inside a table cell, which must stay a row's size. */
export const shorten = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);
