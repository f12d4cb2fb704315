/**
 * Calendar days on the team's wall clock, for many rows at once: one Intl formatter per time zone (making one costs far
 * more than using it, and analytics asks for thousands).
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dayOnCalendar(timeZone: string): (at: Date) => string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, formatter);
  }
  const format = formatter;
  // en-CA writes the day as YYYY-MM-DD.
  return (at) => format.format(at);
}
