import { getChatStatus } from "@/lib/chat/get-chat-status";
import { chooseChatProvider } from "@/lib/drills/choose-chat";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

/** The drill's channel and what is still on its way there (the Slack outbox). */
export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => getChatStatus({ ctx, input: { drillId: params.id } }) });

/** Before the start: `{ chatProvider: "slack" | "builtin" }`. */
export const PUT = withRoute({ params: idParams, handler: ({ ctx, params, body }) => chooseChatProvider({ ctx, input: { drillId: params.id, data: body } }) });
