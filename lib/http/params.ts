import { z } from "zod";

export const idParams = z.object({ id: z.string().min(1) });
export const tokenParams = z.object({ token: z.string().min(1) });
export const afterQuery = z.object({
  after: z.coerce.number({ error: "must be an event id" }).int().min(0, "must be zero or more").optional(),
});
