import { z } from "zod";
import { calendarDay as day } from "../input/calendar-day";
import { id, text } from "../input/text";
import { surveyQuestionListSchema } from "../scenarios/schemas";

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
