import { escalateToTeam } from "@/lib/drills/roster/escalate-to-team";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { permissionsFor } from "@/lib/drill-model/state-machine";
import { escalateSchema } from "@/lib/drills/roster/schemas";

export const POST = withRoute({
  params: idParams,
  status: 201,
  body: escalateSchema,
  permission: permissionsFor("escalate"),
  handler: ({ ctx, params, body }) => escalateToTeam({ ctx, input: { drillId: params.id, data: body } }),
});
