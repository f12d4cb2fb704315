import { getChannelTimeline } from "@/lib/chat/channel-timeline";
import { linkHolder } from "@/lib/auth/link-holder";
import { afterQuery, tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const GET = withRoute({
  params: tokenParams,
  query: afterQuery,
  actor: linkHolder,
  handler: ({ ctx, params, query }) => getChannelTimeline({ ctx, input: { token: params.token, after: query.after } }),
});
