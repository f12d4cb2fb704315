import { getTimeline } from "@/lib/drills/timeline";
import { afterQuery, idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const GET = withRoute({
  params: idParams,
  query: afterQuery,
  handler: ({ ctx, params, query }) => getTimeline({ ctx, input: { drillId: params.id, viewer: "staff", after: query.after } }),
});
