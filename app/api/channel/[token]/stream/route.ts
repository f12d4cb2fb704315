import { streamChannelTimeline } from "@/lib/channel/channel-timeline";
import { linkHolder } from "@/lib/identity/link-holder";
import { afterQuery, tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { lastEventIdFrom, sseResponse } from "@/lib/timeline/stream";

export const dynamic = "force-dynamic";

export const GET = withRoute({
  params: tokenParams,
  query: afterQuery,
  actor: linkHolder,
  handler: async ({ ctx, params, query, request }) => {
    const after = lastEventIdFrom(request, query.after);
    return sseResponse(await streamChannelTimeline({ ctx, input: { token: params.token, after, signal: request.signal } }));
  },
});
