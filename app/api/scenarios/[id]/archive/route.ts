import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { archiveScenario, archiveScenarioSchema } from "@/lib/scenarios/archive";

/** `{ archived: true }` archives, `{ archived: false }` restores. */
export const POST = withRoute({
  params: idParams,
  body: archiveScenarioSchema,
  permission: "scenario.write",
  handler: ({ ctx, params, body }) => archiveScenario({ ctx, input: { id: params.id, data: body } }),
});
