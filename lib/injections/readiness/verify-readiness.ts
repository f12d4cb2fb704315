import type { z } from "zod";
import { authorize } from "../../auth/authorize";
import type { Ctx } from "../../context";
import { nowOf } from "../../context";
import { inTransaction } from "../../context/transaction";
import { NotFoundError } from "../../errors";
import { parseOrThrow } from "../../validation";
import { verifyReadinessSchema } from "./schemas";
import { toCheckView, type ReadinessCheckView } from "./views";

/** Marks one checklist item verified or not, by whom and why, on the scenario's current revision. Appends; never edits. */
export async function verifyReadiness({ ctx, input }: { ctx: Ctx; input: { scenarioId: string; data: z.input<typeof verifyReadinessSchema> } }): Promise<ReadinessCheckView> {
  authorize(ctx, "scenario.write");
  const { item, verified, note } = parseOrThrow(verifyReadinessSchema, input.data);
  return inTransaction(ctx, async (tx) => {
    // FOR SHARE waits for a save in progress, so the recorded revision is the one the verifier saw committed.
    const locked = await tx.$queryRaw<{ currentRevision: number }[]>`
      SELECT "currentRevision" FROM "Scenario" WHERE "id" = ${input.scenarioId} FOR SHARE`;
    const scenario = locked[0];
    if (!scenario) throw new NotFoundError("Scenario", input.scenarioId);
    const row = await tx.readinessCheck.create({
      data: { scenarioId: input.scenarioId, item, verified, note, verifiedBy: ctx.actor.name, revision: scenario.currentRevision, createdAt: nowOf(ctx) },
    });
    return toCheckView(row);
  });
}
