import { z } from "zod";
import { rosterPeopleSchema } from "./roster/schemas";
import { PUBLIC_TITLE_MAX } from "../scenarios/schemas";
import { MILESTONES } from "../timeline/events";
import { NOTE_TAGS } from "../drill-model/note-tags";

const note = z.string().trim().max(2000, "must be at most 2000 characters").default("");
/** A timeline event of the drill, by its sequence number (the `id` events carry on the wire). */
const eventSeq = z.int({ error: "must be an event id" }).min(1, "must be an event id");
const milestone = z.enum(MILESTONES, { error: `must be one of ${MILESTONES.join(", ")}` });

export const createDrillSchema = z.object({
  scenarioId: z.string().min(1, "is required"),
  title: z.string().trim().min(1, "is required").max(120, "must be at most 120 characters").optional(),
  /** What participants see; by default the scenario's public title. */
  publicTitle: z.string().trim().min(1, "is required").max(PUBLIC_TITLE_MAX, `must be at most ${PUBLIC_TITLE_MAX} characters`).optional(),
  roster: rosterPeopleSchema.optional(),
  /** Where participants respond; by default Slack when it is configured, else the built-in channel. */
  chatProvider: z.enum(["builtin", "slack"], { error: "must be builtin or slack" }).optional(),
  /** Where the creator reached the app (set by the route from the request); links for others use it when DRILLROOM_URL is unset. */
  publicOrigin: z.string().max(255).nullish(),
});
export const endDrillSchema = z.object({
  outcome: z.enum(["mitigated", "failed"], { error: "must be mitigated or failed" }),
  /** The closing note: staff only, unless `shareNote` (then the channel shows it with the end). */
  note,
  shareNote: z.boolean({ error: "must be true or false" }).default(false),
});
export const chooseChatSchema = z.object({ chatProvider: z.enum(["builtin", "slack"], { error: "must be builtin or slack" }) });
export const acknowledgeAlertSchema = z.object({ alertId: z.string().min(1).optional(), via: z.enum(["slack", "channel"]).optional() });
export const fireAlertSchema = z.object({ alertId: z.string().min(1, "is required") });
export const releaseHintSchema = z.object({ hintId: z.string().min(1).optional() });
export const recordMilestoneSchema = z.object({ milestone, note, evidenceSeq: eventSeq.optional() });
export const milestoneParamSchema = z.object({ milestone });
/** A new time for a milestone: an offset on the drill clock, or the time of an event (`toSeq`), and why. */
export const correctMilestoneSchema = z
  .object({
    toOffsetMs: z.int({ error: "must be a whole number of milliseconds" }).min(0, "must not be before the start").optional(),
    toSeq: eventSeq.optional(),
    reason: z.string({ error: "is required: say why the time changes" }).trim().min(1, "is required: say why the time changes").max(1000, "must be at most 1000 characters"),
  })
  .refine((value) => (value.toOffsetMs === undefined) !== (value.toSeq === undefined), { path: ["toOffsetMs"], message: "give either a new offset or an event (toSeq), not both" });
export const addNoteSchema = z.object({
  text: z.string().trim().min(1, "is required").max(4000, "must be at most 4000 characters"),
  tags: z
    .array(z.enum(NOTE_TAGS, { error: `must be one of ${NOTE_TAGS.join(", ")}` }), { error: "must be a list of tags" })
    .default([])
    .transform((tags) => [...new Set(tags)]),
  /** The moment the note is about; by default the latest event when it is written. */
  pinnedSeq: eventSeq.optional(),
});

export type CreateDrillInput = z.infer<typeof createDrillSchema>;
export type CreateDrillRequest = z.input<typeof createDrillSchema>;
export type EndDrillInput = z.infer<typeof endDrillSchema>;
export type FireAlertInput = z.infer<typeof fireAlertSchema>;
export type ReleaseHintInput = z.infer<typeof releaseHintSchema>;
export type RecordMilestoneInput = z.infer<typeof recordMilestoneSchema>;
export type AddNoteInput = z.infer<typeof addNoteSchema>;
export type CorrectMilestoneInput = z.infer<typeof correctMilestoneSchema>;
