import { z } from "zod";
import { manageScriptItem } from "@/lib/drills/script/manage-item";
import { SCRIPT_ACTIONS } from "@/lib/drills/script/schemas";
import { withRoute } from "@/lib/http/route";
import { id } from "@/lib/input/text";
import { permissionsFor } from "@/lib/drill-model/state-machine";
import { scriptActionBodySchema } from "@/lib/drills/script/schemas";

const params = z.object({
  id: id(),
  itemId: id(),
  action: z.enum(SCRIPT_ACTIONS, { error: `must be one of ${SCRIPT_ACTIONS.join(", ")}` }),
});

/** POST …/script/:itemId/fire | skip | delay {minutes} */
export const POST = withRoute({
  params,
  body: scriptActionBodySchema,
  permission: permissionsFor("manage_script"),
  handler: ({ ctx, params: { id, itemId, action }, body }) => manageScriptItem({ ctx, input: { drillId: id, itemId, action, data: body } }),
});
