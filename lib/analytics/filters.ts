import { z } from "zod";
import { ENDED_STATUSES } from "../drill-model/state-machine";
import { calendarDay } from "../input/calendar-day";
import { id, text } from "../input/text";

export const DEMO_CHOICES = ["include", "exclude"] as const;

/** What analytics is narrowed to, as it comes in a query string (and so in the page's address). */
export const analyticsFiltersSchema = z
  .object({
    /** Calendar days in the team's time zone, both included: when the drill started. */
    from: calendarDay.optional(),
    to: calendarDay.optional(),
    scenarioId: id().optional(),
    /** A team on the drill's roster. */
    team: text({ min: 1, max: 200 }).optional(),
    outcome: z.enum(ENDED_STATUSES, { error: `must be one of ${ENDED_STATUSES.join(", ")}` }).optional(),
    /** The account that started the drill: two people of one name stay apart. */
    facilitatorId: id().optional(),
    /** The starter's name, for drills started without an account and for addresses made before `facilitatorId`. */
    facilitator: text({ min: 1, max: 200 }).optional(),
    /** Seeded demo drills are counted unless left out. */
    demo: z.enum(DEMO_CHOICES, { error: `must be one of ${DEMO_CHOICES.join(", ")}` }).optional(),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, { path: ["to"], message: "must be on or after from" });

export type AnalyticsFilters = z.output<typeof analyticsFiltersSchema>;
