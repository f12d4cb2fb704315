import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { duplicateScenario } from "@/lib/scenarios/duplicate";

export const POST = withRoute({
  params: idParams,
  status: 201,
  handler: ({ ctx, params }) => duplicateScenario({ ctx, input: { id: params.id } }),
});
