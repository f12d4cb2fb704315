import { linkHolder } from "@/lib/auth/link-holder";
import { participantKeyOf } from "@/lib/chat/participant-key";
import { postMessage } from "@/lib/chat/post-message";
import { tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({
  params: tokenParams,
  actor: linkHolder,
  status: 201,
  handler: ({ ctx, params, body, request }) => postMessage({ ctx, input: { token: params.token, secret: participantKeyOf(request), data: body } }),
});
