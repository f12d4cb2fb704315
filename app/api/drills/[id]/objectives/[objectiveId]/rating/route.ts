import { permissionsFor } from "@/lib/drill-model/state-machine";
import { withRoute } from "@/lib/http/route";
import { rateObjective } from "@/lib/review/rate-objective";
import { objectiveParams, rateObjectiveSchema } from "@/lib/review/schemas";

export const PUT = withRoute({
  params: objectiveParams,
  body: rateObjectiveSchema,
  permission: permissionsFor("rate_objective"),
  handler: ({ ctx, params, body }) => rateObjective({ ctx, input: { drillId: params.id, objectiveId: params.objectiveId, data: body } }),
});
