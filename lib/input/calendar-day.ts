import { z } from "zod";

/** A calendar day, "2026-12-05": a real one (no 2026-02-30), within reason, with no time zone. */
export const calendarDay = z
  .string({ error: "must be a date, YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date, YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && date.getUTCFullYear() >= 2000 && date.getUTCFullYear() <= 2200;
  }, "must be a real date between 2000 and 2200");
