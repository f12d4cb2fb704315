import { z } from "zod";
import { id, text } from "../../../input/text";

const note = text({ max: 2000 }).default("");
const stepId = id();
/** Required when the scenario's environment is protected: its exact name, typed by the facilitator. */
const confirmEnvironment = text({ max: 60 }).optional();

export const triggerInjectionSchema = z.object({ stepId, note, confirmEnvironment });
export const runRollbackSchema = z.object({ stepId, note, confirmEnvironment });
export const abortDrillSchema = z.object({
  confirm: z.literal(true, { error: "must be true: aborting runs every outstanding rollback and ends the drill" }),
  /** Why the drill stops: staff only, unless `shareNote` (then the channel shows it with the end). */
  note,
  shareNote: z.boolean({ error: "must be true or false" }).default(false),
});
