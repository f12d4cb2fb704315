import { z } from "zod";

const revisionNumber = z.coerce.number({ error: "must be a revision number" }).int("must be a revision number").min(1, "must be a revision number");

export const revisionParams = z.object({ id: z.string().min(1), number: revisionNumber });
export const compareQuery = z.object({ from: revisionNumber, to: revisionNumber });
