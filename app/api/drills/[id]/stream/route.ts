import { streamTimeline } from "@/lib/drills/timeline";
import { afterQuery, idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { lastEventIdFrom, sseResponse } from "@/lib/timeline/stream";

export const dynamic = "force-dynamic";

export const GET = withRoute({
  params: idParams,
  query: afterQuery,
  handler: async ({ ctx, params, query, request }) => {
    const after = lastEventIdFrom(request, query.after);
    return sseResponse(await streamTimeline({ ctx, input: { drillId: params.id, viewer: "staff", after, signal: request.signal } }));
  },
});
