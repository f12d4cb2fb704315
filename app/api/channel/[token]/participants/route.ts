import { linkHolder } from "@/lib/identity/link-holder";
import { joinChannel } from "@/lib/channel/join-channel";
import { participantKeyOf } from "@/lib/channel/participant-key";
import { tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({
  params: tokenParams,
  actor: linkHolder,
  status: 201,
  handler: ({ ctx, params, body, request }) => joinChannel({ ctx, input: { token: params.token, secret: participantKeyOf(request), data: body } }),
});
