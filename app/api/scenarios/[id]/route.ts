import { MAX_SCENARIO_BODY_BYTES } from "@/lib/http/limits";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { getScenario } from "@/lib/scenarios/get";
import { saveScenarioSchema, updateScenario } from "@/lib/scenarios/update";

export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => getScenario({ ctx, input: { id: params.id } }) });

export const PUT = withRoute({
  params: idParams,
  body: saveScenarioSchema,
  maxBodyBytes: MAX_SCENARIO_BODY_BYTES,
  permission: "scenario.write",
  handler: ({ ctx, params, body }) => updateScenario({ ctx, input: { id: params.id, ...body } }),
});
