import { z } from "zod";
import { queryInt32 } from "../../input/numbers";
import { id } from "../../input/text";

const revisionNumber = queryInt32({ min: 1, error: "must be a revision number" });

export const revisionParams = z.object({ id: id(), number: revisionNumber });
export const compareQuery = z.object({ from: revisionNumber, to: revisionNumber });
