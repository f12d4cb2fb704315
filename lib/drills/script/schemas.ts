import { z } from "zod";

export const SCRIPT_ACTIONS = ["fire", "skip", "delay"] as const;

export const delayItemSchema = z.object({
  minutes: z.number({ error: "must be a number of minutes" }).min(0.5, "must be at least half a minute").max(240, "must be at most 4 hours"),
});
