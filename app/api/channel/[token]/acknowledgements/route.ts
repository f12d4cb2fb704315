import { linkHolder } from "@/lib/identity/link-holder";
import { acknowledgeInChannel } from "@/lib/channel/acknowledge-in-channel";
import { participantKeyOf } from "@/lib/channel/participant-key";
import { tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({
  params: tokenParams,
  actor: linkHolder,
  status: 201,
  handler: async ({ ctx, params, body, request }) => (await acknowledgeInChannel({ ctx, input: { token: params.token, secret: participantKeyOf(request), data: body } })).event,
});
