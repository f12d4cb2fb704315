import { authorize } from "../auth/authorize";
import { recordAudit } from "../audit/record";
import type { Ctx } from "../context";
import { inTransaction } from "../context/transaction";
import { exerciseOrThrow } from "./view";

/** Removes the game day; its drills stay, on their own, exactly as they were. */
export async function deleteExercise({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<void> {
  authorize(ctx, "drill.run");
  await inTransaction(ctx, async (tx) => {
    const exercise = await exerciseOrThrow(tx, input.id);
    await tx.exercise.delete({ where: { id: input.id } });
    await recordAudit(tx, ctx, { action: "exercise.deleted", target: { type: "exercise", id: exercise.id, label: exercise.name }, detail: { date: exercise.date, drills: exercise.drills.map((drill) => drill.id) } });
  });
}
