import { z } from "zod";
import { ACTION_CATEGORIES, ACTION_PRIORITIES, ACTION_STATUSES } from "../drill-model/hot-wash";
import { MILESTONES } from "../drill-model/milestone-names";
import { calendarDay } from "../input/calendar-day";
import { httpUrl } from "../input/url";
import { id, text } from "../input/text";

const oneOf = (values: readonly string[]) => `must be one of ${values.join(", ")}`;

const title = text({ min: 1, max: 200 });
const description = text({ max: 4000 });
const owner = text({ min: 1, max: 120 });
const priority = z.enum(ACTION_PRIORITIES, { error: oneOf(ACTION_PRIORITIES) });
const status = z.enum(ACTION_STATUSES, { error: oneOf(ACTION_STATUSES) });
const category = z.enum(ACTION_CATEGORIES, { error: oneOf(ACTION_CATEGORIES) });
/** An AudienceKey; whether the drill or exercise offers it is checked against its roster. */
const audience = text({ min: 1, max: 200 });
const trackerUrl = httpUrl({ max: 2048 });
const milestone = z.enum(MILESTONES, { error: oneOf(MILESTONES) });

export const createItemSchema = z
  .strictObject(
    {
      drillId: id().optional(),
      exerciseId: id().optional(),
      retroItemId: id().optional(),
      title,
      description: description.default(""),
      owner,
      dueDate: calendarDay.optional(),
      priority: priority.default("medium"),
      category,
      audience: audience.default("everyone"),
      trackerUrl: trackerUrl.optional(),
      verifyScenarioId: id().optional(),
      verifyMilestone: milestone.optional(),
    },
    { error: "must be an object" },
  )
  .superRefine((value, issues) => {
    if ((value.drillId === undefined) === (value.exerciseId === undefined))
      issues.addIssue({ code: "custom", path: ["drillId"], message: "give exactly one of drillId (a drill's item) or exerciseId (a game day's item)" });
    if (value.verifyMilestone !== undefined && value.verifyScenarioId === undefined)
      issues.addIssue({ code: "custom", path: ["verifyScenarioId"], message: "is required with verifyMilestone: the scenario whose criterion it names" });
  });
export type CreateItemInput = z.input<typeof createItemSchema>;

/** A change to an item: any of its fields but where it is attached; null clears an optional one. */
export const updateItemSchema = z
  .strictObject(
    {
      title: title.optional(),
      description: description.optional(),
      owner: owner.optional(),
      dueDate: calendarDay.nullable().optional(),
      priority: priority.optional(),
      status: status.optional(),
      category: category.optional(),
      audience: audience.optional(),
      trackerUrl: trackerUrl.nullable().optional(),
      retroItemId: id().nullable().optional(),
      verifyScenarioId: id().nullable().optional(),
      verifyMilestone: milestone.nullable().optional(),
    },
    { error: "must be an object" },
  )
  .refine((value) => Object.values(value).some((field) => field !== undefined), { message: "change at least one field", path: [] });
export type UpdateItemInput = z.input<typeof updateItemSchema>;

export const LIST_STATUSES = ["open", "overdue", "done", "all"] as const;
export type ListStatus = (typeof LIST_STATUSES)[number];
export const VERIFICATION_FILTERS = ["proposed", "verified"] as const;

/** The /improvements filters, as they come in a query string. */
export const listFiltersSchema = z.object({
  status: z.enum(LIST_STATUSES, { error: oneOf(LIST_STATUSES) }).optional(),
  team: text({ max: 200 }).optional(),
  owner: text({ max: 120 }).optional(),
  drillId: id().optional(),
  exerciseId: id().optional(),
  scenarioId: id().optional(),
  verification: z.enum(VERIFICATION_FILTERS, { error: oneOf(VERIFICATION_FILTERS) }).optional(),
});
export type ListFilters = z.input<typeof listFiltersSchema>;

export const dismissProposalSchema = z.strictObject({ reason: text({ min: 1, max: 500, error: "is required: say why the drill does not prove it fixed" }) }, { error: "must be an object with a reason" });
