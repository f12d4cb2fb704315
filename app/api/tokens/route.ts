import { createApiToken } from "@/lib/api-tokens/create-token";
import { listApiTokens } from "@/lib/api-tokens/list-tokens";
import { withRoute } from "@/lib/http/route";
import { createTokenSchema } from "@/lib/api-tokens/schemas";

export const GET = withRoute({ handler: ({ ctx }) => listApiTokens({ ctx }) });

export const POST = withRoute({ body: createTokenSchema, permission: "token.manage", status: 201, handler: ({ ctx, body }) => createApiToken({ ctx, input: body }) });
