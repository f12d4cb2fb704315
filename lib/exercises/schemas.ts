import { z } from "zod";
import { id, text } from "../input/text";
import { surveyQuestionListSchema } from "../scenarios/schemas";

/** A calendar day, "2026-12-05": a real date, within reason. */
const day = z
  .string({ error: "must be a date, YYYY-MM-DD" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date, YYYY-MM-DD")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && date.getUTCFullYear() >= 2000 && date.getUTCFullYear() <= 2200;
  }, "must be a real date between 2000 and 2200");

export const createExerciseSchema = z.object({
  name: text({ min: 1, max: 120, error: "is required", tooShort: "is required" }),
  date: day,
  description: text({ max: 4000 }).default(""),
  /** Asked in the survey of every drill of the exercise, after the standard questions and the scenario's. */
  surveyQuestions: surveyQuestionListSchema.optional(),
});

export const updateExerciseSchema = z
  .object({ name: createExerciseSchema.shape.name.optional(), date: day.optional(), description: text({ max: 4000 }).optional(), surveyQuestions: surveyQuestionListSchema.optional() })
  .refine((value) => Object.values(value).some((field) => field !== undefined), "change at least one of name, date, description, surveyQuestions");

export const assignExerciseSchema = z.object({
  exerciseId: z.union([id(), z.null()], { error: "must be an exercise id, or null to take the drill out of its exercise" }),
});
