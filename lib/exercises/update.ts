import type { z } from "zod";
import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { inTransaction } from "../context/transaction";
import { parseOrThrow } from "../validation";
import { updateExerciseSchema } from "./schemas";
import { exerciseOrThrow, type ExerciseSummary } from "./view";

export async function updateExercise({ ctx, input }: { ctx: Ctx; input: { id: string; data: z.input<typeof updateExerciseSchema> } }): Promise<ExerciseSummary> {
  authorize(ctx, "drill.run");
  const { name, date, description, surveyQuestions } = parseOrThrow(updateExerciseSchema, input.data);
  return inTransaction(ctx, async (tx) => {
    await exerciseOrThrow(tx, input.id);
    await tx.exercise.update({ where: { id: input.id }, data: { name, description, surveyQuestions, ...(date ? { date: new Date(`${date}T00:00:00Z`) } : {}) } });
    return exerciseOrThrow(tx, input.id);
  });
}
