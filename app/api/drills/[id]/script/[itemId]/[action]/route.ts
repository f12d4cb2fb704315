import { z } from "zod";
import { manageScriptItem } from "@/lib/drills/script/manage-item";
import { SCRIPT_ACTIONS } from "@/lib/drills/script/schemas";
import { withRoute } from "@/lib/http/route";

const params = z.object({
  id: z.string().min(1),
  itemId: z.string().min(1),
  action: z.enum(SCRIPT_ACTIONS, { error: `must be one of ${SCRIPT_ACTIONS.join(", ")}` }),
});

/** POST …/script/:itemId/fire | skip | delay {minutes} */
export const POST = withRoute({
  params,
  handler: ({ ctx, params: { id, itemId, action }, body }) => manageScriptItem({ ctx, input: { drillId: id, itemId, action, data: body } }),
});
