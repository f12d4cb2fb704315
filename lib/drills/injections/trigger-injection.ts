import type { z } from "zod";
import { authorize } from "../../auth/authorize";
import type { Ctx } from "../../context";
import type { ExecuteOptions } from "../../injections/execute-action";
import type { TimelineEventView } from "../../timeline/events";
import { parseOrThrow } from "../../validation";
import { runStep } from "./runs/run-step";
import { triggerInjectionSchema } from "./runs/schemas";

/**
 * Runs an injection step, once: a manual one is marked done with a note, a webhook is called (signed,
 * retried on 5xx and network errors) and its result recorded. Protected environments need their name typed.
 */
export async function triggerInjection({ ctx, input, options }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof triggerInjectionSchema> }; options?: ExecuteOptions }): Promise<TimelineEventView> {
  authorize(ctx, "drill.run", { drillId: input.drillId });
  const data = parseOrThrow(triggerInjectionSchema, input.data);
  return runStep(ctx, { drillId: input.drillId, phase: "injection", ...data }, options);
}
