import { linkHolder } from "@/lib/identity/link-holder";
import { participantKeyOf } from "@/lib/channel/participant-key";
import { postMessage } from "@/lib/channel/post-message";
import { tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({
  params: tokenParams,
  actor: linkHolder,
  status: 201,
  handler: ({ ctx, params, body, request }) => postMessage({ ctx, input: { token: params.token, secret: participantKeyOf(request), data: body } }),
});
