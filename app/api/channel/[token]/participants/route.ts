import { linkHolder } from "@/lib/auth/link-holder";
import { joinChannel } from "@/lib/chat/join-channel";
import { participantKeyOf } from "@/lib/chat/participant-key";
import { tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({
  params: tokenParams,
  actor: linkHolder,
  status: 201,
  handler: ({ ctx, params, body, request }) => joinChannel({ ctx, input: { token: params.token, secret: participantKeyOf(request), data: body } }),
});
