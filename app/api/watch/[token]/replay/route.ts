import { linkHolder } from "@/lib/identity/link-holder";
import { tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { getSharedReplay } from "@/lib/review/replay/get-shared-replay";

// The link in the path is the permission, whoever calls (see openShareLink).
export const GET = withRoute({ params: tokenParams, actor: linkHolder, handler: ({ ctx, params }) => getSharedReplay({ ctx, input: { token: params.token } }) });
