import { runRollback } from "@/lib/drills/injections/run-rollback";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({
  params: idParams,
  status: 201,
  handler: ({ ctx, params, body }) => runRollback({ ctx, input: { drillId: params.id, data: body } }),
});
