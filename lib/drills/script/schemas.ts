import { z } from "zod";
import { decimal } from "../../input/numbers";

export const SCRIPT_ACTIONS = ["fire", "skip", "delay"] as const;

export const delayItemSchema = z.object({
  minutes: decimal({ min: 0.5, max: 240, error: "must be a number of minutes", tooSmall: "must be at least half a minute", tooBig: "must be at most 4 hours" }),
});
/** The body of any script action: only `delay` needs `minutes`, and the verb checks it is there. */
export const scriptActionBodySchema = delayItemSchema.partial();
