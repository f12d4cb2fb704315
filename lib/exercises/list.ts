import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { exerciseInclude, exerciseOrThrow, toExerciseSummary, type ExerciseSummary } from "./view";

/** Every game day, the latest first. */
export async function listExercises({ ctx }: { ctx: Ctx; input?: object }): Promise<ExerciseSummary[]> {
  authorize(ctx, "drill.read");
  const rows = await dbOf(ctx).exercise.findMany({ orderBy: [{ date: "desc" }, { createdAt: "desc" }], include: exerciseInclude, take: 500 });
  return rows.map(toExerciseSummary);
}

export async function getExercise({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ExerciseSummary> {
  authorize(ctx, "drill.read");
  return exerciseOrThrow(dbOf(ctx), input.id);
}
