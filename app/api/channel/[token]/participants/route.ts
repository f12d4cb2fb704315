import { linkHolder } from "@/lib/auth/link-holder";
import { joinChannel } from "@/lib/chat/join-channel";
import { tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({
  params: tokenParams,
  actor: linkHolder,
  status: 201,
  handler: ({ ctx, params, body }) => joinChannel({ ctx, input: { token: params.token, data: body } }),
});
