import { z } from "zod";
import { MILESTONES } from "../timeline/events";

const note = z.string().trim().max(2000, "must be at most 2000 characters").default("");

export const createDrillSchema = z.object({
  scenarioId: z.string().min(1, "is required"),
  title: z.string().trim().min(1).max(120).optional(),
});
export const endDrillSchema = z.object({
  outcome: z.enum(["mitigated", "failed"], { error: "must be mitigated or failed" }),
  note,
});
export const triggerInjectionSchema = z.object({ stepId: z.string().min(1, "is required"), note });
export const fireAlertSchema = z.object({ alertId: z.string().min(1, "is required") });
export const releaseHintSchema = z.object({ hintId: z.string().min(1).optional() });
export const recordMilestoneSchema = z.object({
  milestone: z.enum(MILESTONES, { error: `must be one of ${MILESTONES.join(", ")}` }),
  note,
});
export const addNoteSchema = z.object({ text: z.string().trim().min(1, "is required").max(4000, "must be at most 4000 characters") });

export type CreateDrillInput = z.infer<typeof createDrillSchema>;
export type EndDrillInput = z.infer<typeof endDrillSchema>;
export type TriggerInjectionInput = z.infer<typeof triggerInjectionSchema>;
export type FireAlertInput = z.infer<typeof fireAlertSchema>;
export type ReleaseHintInput = z.infer<typeof releaseHintSchema>;
export type RecordMilestoneInput = z.infer<typeof recordMilestoneSchema>;
export type AddNoteInput = z.infer<typeof addNoteSchema>;
