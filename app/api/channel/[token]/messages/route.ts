import { linkHolder } from "@/lib/auth/link-holder";
import { postMessage } from "@/lib/chat/post-message";
import { tokenParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({
  params: tokenParams,
  actor: linkHolder,
  status: 201,
  handler: ({ ctx, params, body }) => postMessage({ ctx, input: { token: params.token, data: body } }),
});
