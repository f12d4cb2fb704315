import { z } from "zod";
import { rosterPeopleSchema } from "./roster/schemas";
import { PUBLIC_TITLE_MAX } from "../scenarios/schemas";
import { MILESTONES } from "../drill-model/milestone-names";
import { NOTE_TAGS } from "../drill-model/note-tags";
import { int32, seq } from "../input/numbers";
import { id, text } from "../input/text";

const note = text({ max: 2000 }).default("");
/** A timeline event of the drill, by its sequence number (the `id` events carry on the wire). */
const eventSeq = seq();
const milestone = z.enum(MILESTONES, { error: `must be one of ${MILESTONES.join(", ")}` });

export const createDrillSchema = z.object({
  scenarioId: id(),
  title: text({ min: 1, max: 120 }).optional(),
  /** What participants see; by default the scenario's public title. */
  publicTitle: text({ min: 1, max: PUBLIC_TITLE_MAX }).optional(),
  roster: rosterPeopleSchema.optional(),
  /** Where participants respond; by default Slack when it is configured, else the built-in channel. */
  chatProvider: z.enum(["builtin", "slack"], { error: "must be builtin or slack" }).optional(),
  /** Where the creator reached the app (set by the route from the request); links for others use it when DRILLROOM_URL is unset. */
  publicOrigin: text({ max: 255, trim: false }).nullish(),
});
export const endDrillSchema = z.object({
  outcome: z.enum(["mitigated", "failed"], { error: "must be mitigated or failed" }),
  /** The closing note: staff only, unless `shareNote` (then the channel shows it with the end). */
  note,
  shareNote: z.boolean({ error: "must be true or false" }).default(false),
});
export const chooseChatSchema = z.object({ chatProvider: z.enum(["builtin", "slack"], { error: "must be builtin or slack" }) });
export const acknowledgeAlertSchema = z.object({ alertId: id().optional(), via: z.enum(["slack", "channel"]).optional() });
export const fireAlertSchema = z.object({ alertId: id() });
export const releaseHintSchema = z.object({ hintId: id().optional() });
export const recordMilestoneSchema = z.object({ milestone, note, evidenceSeq: eventSeq.optional() });
export const milestoneParamSchema = z.object({ milestone });
/** A new time for a milestone: an offset on the drill clock, or the time of an event (`toSeq`), and why. */
export const correctMilestoneSchema = z
  .object({
    toOffsetMs: int32({ error: "must be a whole number of milliseconds", tooSmall: "must not be before the start", tooBig: "must be at most 2147483647 ms (about 24 days)" }).optional(),
    toSeq: eventSeq.optional(),
    reason: text({ min: 1, max: 1000, error: "is required: say why the time changes", tooShort: "is required: say why the time changes" }),
  })
  .refine((value) => (value.toOffsetMs === undefined) !== (value.toSeq === undefined), { path: ["toOffsetMs"], message: "give either a new offset or an event (toSeq), not both" });
export const addNoteSchema = z.object({
  text: text({ min: 1, max: 4000 }),
  tags: z
    .array(z.enum(NOTE_TAGS, { error: `must be one of ${NOTE_TAGS.join(", ")}` }), { error: "must be a list of tags" })
    .default([])
    .transform((tags) => [...new Set(tags)]),
  /** The moment the note is about; by default the latest event when it is written. */
  pinnedSeq: eventSeq.optional(),
});

export type CreateDrillRequest = z.input<typeof createDrillSchema>;
