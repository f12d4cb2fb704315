import { linkHolder } from "@/lib/identity/link-holder";
import { checkChannelCaller } from "@/lib/channel/check-caller";
import { acknowledgeInChannel } from "@/lib/channel/acknowledge-in-channel";
import { participantKeyOf } from "@/lib/channel/participant-key";
import { tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { acknowledgeInChannelSchema } from "@/lib/channel/schemas";

export const POST = withRoute({
  params: tokenParams,
  actor: linkHolder,
  checkCaller: ({ ctx, params, request }) => checkChannelCaller({ ctx, input: { token: params.token, secret: participantKeyOf(request), needsKey: true } }),
  body: acknowledgeInChannelSchema,
  status: 201,
  handler: async ({ ctx, params, body, request }) => (await acknowledgeInChannel({ ctx, input: { token: params.token, secret: participantKeyOf(request), data: body } })).event,
});
