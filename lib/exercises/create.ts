import type { z } from "zod";
import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { parseOrThrow } from "../validation";
import { createExerciseSchema } from "./schemas";
import { exerciseInclude, toExerciseSummary, type ExerciseSummary } from "./view";

/** A game day: a name and a date, to which drills are then added. */
export async function createExercise({ ctx, input }: { ctx: Ctx; input: { data: z.input<typeof createExerciseSchema> } }): Promise<ExerciseSummary> {
  authorize(ctx, "drill.run");
  const { name, date, description, surveyQuestions = [] } = parseOrThrow(createExerciseSchema, input.data);
  const row = await dbOf(ctx).exercise.create({ data: { name, date: new Date(`${date}T00:00:00Z`), description, surveyQuestions, createdBy: ctx.actor.name }, include: exerciseInclude });
  return toExerciseSummary(row);
}
