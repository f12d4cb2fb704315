import { runRollback } from "@/lib/drills/injections/run-rollback";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { permissionsFor } from "@/lib/drill-model/state-machine";
import { runRollbackSchema } from "@/lib/drills/injections/runs/schemas";

export const POST = withRoute({
  params: idParams,
  status: 201,
  body: runRollbackSchema,
  permission: permissionsFor("run_rollback"),
  handler: ({ ctx, params, body }) => runRollback({ ctx, input: { drillId: params.id, data: body } }),
});
