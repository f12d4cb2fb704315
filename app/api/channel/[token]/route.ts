import { getChannel } from "@/lib/channel/get-channel";
import { tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { linkHolder } from "@/lib/identity/link-holder";

export const GET = withRoute({ params: tokenParams, actor: linkHolder, handler: ({ ctx, params }) => getChannel({ ctx, input: { token: params.token } }) });
