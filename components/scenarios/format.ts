import { format, formatDistanceToNowStrict } from "date-fns";

/** "45 min", "1 h 30 min": time boxes and offsets as a facilitator says them. */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

/** Script offsets read as "T+12m" from the moment the incident is declared. */
export function formatOffset(minutes: number | undefined): string {
  return minutes === undefined ? "on demand" : `T+${minutes}m`;
}

export function relativeTime(iso: string): string {
  return formatDistanceToNowStrict(new Date(iso), { addSuffix: true });
}

export function absoluteTime(iso: string): string {
  return format(new Date(iso), "yyyy-MM-dd HH:mm");
}
