import { z } from "zod";
import { queryInt32 } from "../input/numbers";
import { id } from "../input/text";

export const idParams = z.object({ id: id() });
export const tokenParams = z.object({ token: id() });
/** Events after this sequence number; 0 (or none) for all of them. */
export const afterQuery = z.object({
  after: queryInt32({ error: "must be an event id", tooSmall: "must be zero or more" }).optional(),
});
