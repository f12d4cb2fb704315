import { endDrill } from "@/lib/drills/end";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({
  params: idParams,
  handler: ({ ctx, params, body }) => endDrill({ ctx, input: { drillId: params.id, data: body } }),
});
