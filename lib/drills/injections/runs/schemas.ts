import { z } from "zod";

const note = z.string().trim().max(2000, "must be at most 2000 characters").default("");
const stepId = z.string().min(1, "is required");
/** Required when the scenario's environment is protected: its exact name, typed by the facilitator. */
const confirmEnvironment = z.string().trim().max(60, "must be at most 60 characters").optional();

export const triggerInjectionSchema = z.object({ stepId, note, confirmEnvironment });
export const runRollbackSchema = z.object({ stepId, note, confirmEnvironment });
export const abortDrillSchema = z.object({
  confirm: z.literal(true, { error: "must be true: aborting runs every outstanding rollback and ends the drill" }),
  /** Why the drill stops: staff only, unless `shareNote` (then the channel shows it with the end). */
  note,
  shareNote: z.boolean({ error: "must be true or false" }).default(false),
});

export type TriggerInjectionInput = z.input<typeof triggerInjectionSchema>;
export type RunRollbackInput = z.input<typeof runRollbackSchema>;
export type AbortDrillInput = z.input<typeof abortDrillSchema>;
