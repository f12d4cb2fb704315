import { getChannel } from "@/lib/chat/get-channel";
import { tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { channelGuest } from "@/lib/chat/guest";

export const GET = withRoute({ params: tokenParams, actor: channelGuest, handler: ({ ctx, params }) => getChannel({ ctx, input: { token: params.token } }) });
