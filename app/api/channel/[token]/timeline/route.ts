import { getChannelTimeline } from "@/lib/channel/channel-timeline";
import { linkHolder } from "@/lib/identity/link-holder";
import { afterQuery, tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const GET = withRoute({
  params: tokenParams,
  query: afterQuery,
  actor: linkHolder,
  handler: ({ ctx, params, query }) => getChannelTimeline({ ctx, input: { token: params.token, after: query.after } }),
});
