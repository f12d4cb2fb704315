import { z } from "zod";
import { text } from "../../input/text";

/** The story's pre-drill test, one item each: does the injection work, do the signals move, does the model answer fix it. */
export const READINESS_ITEMS = ["injection", "signals", "model_answer"] as const;
export type ReadinessItemName = (typeof READINESS_ITEMS)[number];

export const READINESS_ITEM_LABELS: Record<ReadinessItemName, string> = {
  injection: "Injection verified",
  signals: "Signals verified",
  model_answer: "Model answer verified",
};

export const verifyReadinessSchema = z.object({
  item: z.enum(READINESS_ITEMS, { error: `must be one of ${READINESS_ITEMS.join(", ")}` }),
  verified: z.boolean({ error: "must be true or false" }),
  note: text({ max: 2000 }).default(""),
});

export const dryRunSchema = z.object({
  /** Required when the scenario's environment is protected: its exact name, typed by the facilitator. */
  confirmEnvironment: text({ max: 60 }).optional(),
});
