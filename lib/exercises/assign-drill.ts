import type { z } from "zod";
import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { inTransaction } from "../context/transaction";
import { getDrillOrThrow } from "../drills/internal/get-drill";
import { ValidationError } from "../errors";
import { parseOrThrow } from "../validation";
import { assignExerciseSchema } from "./schemas";

/** Puts a drill into a game day (or takes it out with null). Grouping is not part of the drill's record: any status may be grouped. */
export async function assignDrillToExercise({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof assignExerciseSchema> } }): Promise<{ exerciseId: string | null }> {
  authorize(ctx, "drill.run", { drillId: input.drillId });
  const { exerciseId } = parseOrThrow(assignExerciseSchema, input.data);
  return inTransaction(ctx, async (tx) => {
    await getDrillOrThrow(tx, input.drillId, { select: { id: true } });
    if (exerciseId && !(await tx.exercise.findUnique({ where: { id: exerciseId }, select: { id: true } })))
      throw new ValidationError([{ path: "exerciseId", message: `is not an exercise (${exerciseId})` }]);
    await tx.drill.update({ where: { id: input.drillId }, data: { exerciseId } });
    return { exerciseId };
  });
}
