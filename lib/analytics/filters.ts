import { z } from "zod";
import { ENDED_STATUSES } from "../drill-model/state-machine";
import { calendarDay } from "../input/calendar-day";
import { id, text } from "../input/text";

/** What analytics is narrowed to, as it comes in a query string (and so in the page's address). */
export const analyticsFiltersSchema = z
  .object({
    /** Calendar days in the team's time zone, both included: when the drill started. */
    from: calendarDay.optional(),
    to: calendarDay.optional(),
    scenarioId: id().optional(),
    team: text({ min: 1, max: 200 }).optional(),
    outcome: z.enum(ENDED_STATUSES, { error: `must be one of ${ENDED_STATUSES.join(", ")}` }).optional(),
    facilitator: text({ min: 1, max: 200 }).optional(),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, { path: ["to"], message: "must be on or after from" });

export type AnalyticsFilters = z.output<typeof analyticsFiltersSchema>;
