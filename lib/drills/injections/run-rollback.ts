import type { z } from "zod";
import { authorize } from "../../auth/authorize";
import type { Ctx } from "../../context";
import type { ExecuteOptions } from "../../injections/execute-action";
import type { TimelineEventView } from "../../timeline/events";
import { parseOrThrow } from "../../validation";
import { runStep } from "./runs/run-step";
import { runRollbackSchema } from "./runs/schemas";

/**
 * Rolls back one injection that ran (successfully or not: a call that timed out may still have landed),
 * once. Allowed after the drill ended too: cleaning up is exactly when a lone rollback is needed.
 */
export async function runRollback({ ctx, input, options }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof runRollbackSchema> }; options?: ExecuteOptions }): Promise<TimelineEventView> {
  authorize(ctx, "drill.run", { drillId: input.drillId });
  const data = parseOrThrow(runRollbackSchema, input.data);
  return runStep(ctx, { drillId: input.drillId, phase: "rollback", ...data }, options);
}
