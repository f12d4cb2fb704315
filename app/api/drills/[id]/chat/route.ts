import { getChatStatus } from "@/lib/drills/get-chat-status";
import { chooseChatProvider } from "@/lib/drills/choose-chat";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { permissionsFor } from "@/lib/drill-model/state-machine";
import { chooseChatSchema } from "@/lib/drills/schemas";

/** The drill's channel and what is still on its way there (the Slack outbox). */
export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => getChatStatus({ ctx, input: { drillId: params.id } }) });

/** Before the start: `{ chatProvider: "slack" | "builtin" }`. */
export const PUT = withRoute({ params: idParams, body: chooseChatSchema, permission: permissionsFor("choose_chat"), handler: ({ ctx, params, body }) => chooseChatProvider({ ctx, input: { drillId: params.id, data: body } }) });
