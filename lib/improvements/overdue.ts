import { UNFINISHED_STATUSES, type ActionStatus } from "../drill-model/hot-wash";

const DAY_MS = 86_400_000;

/** Today's calendar day (YYYY-MM-DD) on the team's wall clock, not the server's: a due date ends at the team's midnight. */
export function todayIn(timeZone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(now);
  const part = (type: string) => parts.find((one) => one.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

/** How many days past its due date an unfinished item is on `today`; null when it is not overdue. */
export function daysOverdue(dueDate: string | null, status: ActionStatus, today: string): number | null {
  if (!dueDate || !UNFINISHED_STATUSES.includes(status) || dueDate >= today) return null;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${dueDate}T00:00:00Z`)) / DAY_MS);
}

/** A calendar day as Postgres `date` takes it through Prisma. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

export function dateToDay(date: Date | null): string | null {
  return date ? date.toISOString().slice(0, 10) : null;
}
