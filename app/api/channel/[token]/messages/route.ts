import { linkHolder } from "@/lib/identity/link-holder";
import { checkChannelCaller } from "@/lib/channel/check-caller";
import { participantKeyOf } from "@/lib/channel/participant-key";
import { postMessage } from "@/lib/channel/post-message";
import { tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { postMessageSchema } from "@/lib/channel/schemas";

export const POST = withRoute({
  params: tokenParams,
  actor: linkHolder,
  checkCaller: ({ ctx, params, request }) => checkChannelCaller({ ctx, input: { token: params.token, secret: participantKeyOf(request), needsKey: true } }),
  body: postMessageSchema,
  status: 201,
  handler: ({ ctx, params, body, request }) => postMessage({ ctx, input: { token: params.token, secret: participantKeyOf(request), data: body } }),
});
