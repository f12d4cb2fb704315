import { triggerInjection } from "@/lib/drills/injections/trigger-injection";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({
  params: idParams,
  status: 201,
  handler: ({ ctx, params, body }) => triggerInjection({ ctx, input: { drillId: params.id, data: body } }),
});
