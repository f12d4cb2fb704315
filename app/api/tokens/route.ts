import { createApiToken } from "@/lib/api-tokens/create-token";
import { listApiTokens } from "@/lib/api-tokens/list-tokens";
import { withRoute } from "@/lib/http/route";

export const GET = withRoute({ handler: ({ ctx }) => listApiTokens({ ctx }) });

export const POST = withRoute({ status: 201, handler: ({ ctx, body }) => createApiToken({ ctx, input: body }) });
