import { linkHolder } from "@/lib/identity/link-holder";
import { tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { getWatchedDrill } from "@/lib/share-links/watch";

// The link in the path is the permission, whoever calls (see openShareLink).
export const GET = withRoute({ params: tokenParams, actor: linkHolder, handler: ({ ctx, params }) => getWatchedDrill({ ctx, input: { token: params.token } }) });
