/** Reads a drill-clock offset as people type it: "04:07", "4:07", "T+04:07", "1:02:03". Null when it is not one. */
export function parseOffset(text: string): number | null {
  const match = /^\s*(?:T\+)?(?:(\d+):)?(\d{1,3}):(\d{2})\s*$/i.exec(text);
  if (!match) return null;
  const [, hours, minutes, seconds] = match;
  if (Number(seconds) > 59 || (hours !== undefined && Number(minutes) > 59)) return null;
  return ((Number(hours ?? 0) * 60 + Number(minutes)) * 60 + Number(seconds)) * 1000;
}
