/** Wall times in the team's time zone, never the server's: a report read in Seoul says Seoul's hours wherever it is made. */

const FALLBACK_ZONE = "UTC";
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
      timeZoneName: "short",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The zone itself when the runtime knows it, else UTC: a mistyped setting must not break a report. */
export function knownTimeZone(timeZone: string): string {
  try {
    formatterFor(timeZone);
    return timeZone;
  } catch {
    return FALLBACK_ZONE;
  }
}

function wallParts(iso: string, timeZone: string): Record<string, string> | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const parts = formatterFor(knownTimeZone(timeZone)).formatToParts(date);
  return Object.fromEntries(parts.map((part) => [part.type, part.value]));
}

/** "2026-12-05 14:03 GMT+9" (the zone's short name as the runtime's time zone data gives it: "UTC", "EST", "GMT+9"). */
export function formatWallTime(iso: string, timeZone: string): string {
  const parts = wallParts(iso, timeZone);
  if (!parts) return iso;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${parts.timeZoneName}`;
}

/** "2026-12-05": the calendar day in the team's zone. A bare date (an exercise's day) is already one and stays as it is. */
export function formatWallDate(iso: string, timeZone: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const parts = wallParts(iso, timeZone);
  return parts ? `${parts.year}-${parts.month}-${parts.day}` : iso;
}
