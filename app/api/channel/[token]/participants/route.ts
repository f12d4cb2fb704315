import { linkHolder } from "@/lib/identity/link-holder";
import { checkChannelCaller } from "@/lib/channel/check-caller";
import { joinChannel } from "@/lib/channel/join-channel";
import { participantKeyOf } from "@/lib/channel/participant-key";
import { tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { joinChannelBodySchema } from "@/lib/channel/schemas";

export const POST = withRoute({
  params: tokenParams,
  actor: linkHolder,
  checkCaller: ({ ctx, params, request }) => checkChannelCaller({ ctx, input: { token: params.token, secret: participantKeyOf(request), needsKey: false } }),
  body: joinChannelBodySchema,
  status: 201,
  handler: ({ ctx, params, body, request }) => joinChannel({ ctx, input: { token: params.token, secret: participantKeyOf(request), data: body } }),
});
