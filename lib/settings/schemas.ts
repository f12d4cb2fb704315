import { z } from "zod";

/** What an admin may change; every field is optional so a form can send just the switch it flipped. */
export const updateSettingsSchema = z
  .object({ responderAnalytics: z.boolean({ error: "must be true or false" }).optional() })
  .strict()
  .refine((value) => value.responderAnalytics !== undefined, { message: "Say what to change: responderAnalytics" });

export interface SettingsView {
  /** Per-person figures in analytics, for facilitators and admins. */
  responderAnalytics: boolean;
  /** When an admin last changed a setting; null while every setting is at its default. */
  updatedAt: string | null;
}
