import { abortDrill } from "@/lib/drills/abort-drill";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { permissionsFor } from "@/lib/drill-model/state-machine";
import { abortDrillSchema } from "@/lib/drills/injections/runs/schemas";

// Synchronous: the answer comes once every rollback ran and the drill ended (each webhook is bounded by its timeout and retries).
export const POST = withRoute({
  params: idParams,
  body: abortDrillSchema,
  permission: permissionsFor("abort"),
  handler: ({ ctx, params, body }) => abortDrill({ ctx, input: { drillId: params.id, data: body } }),
});
