import { escalateToTeam } from "@/lib/drills/roster/escalate-to-team";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({
  params: idParams,
  status: 201,
  handler: ({ ctx, params, body }) => escalateToTeam({ ctx, input: { drillId: params.id, data: body } }),
});
