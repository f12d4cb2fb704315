import { linkHolder } from "@/lib/identity/link-holder";
import { afterQuery, tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { getWatchedTimeline } from "@/lib/share-links/watch";

export const GET = withRoute({
  params: tokenParams,
  query: afterQuery,
  actor: linkHolder,
  handler: ({ ctx, params, query }) => getWatchedTimeline({ ctx, input: { token: params.token, after: query.after } }),
});
