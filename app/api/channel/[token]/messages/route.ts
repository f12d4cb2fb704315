import { channelGuest } from "@/lib/chat/guest";
import { postMessage } from "@/lib/chat/post-message";
import { tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({
  params: tokenParams,
  actor: channelGuest,
  status: 201,
  handler: ({ ctx, params, body }) => postMessage({ ctx, input: { token: params.token, data: body } }),
});
