import { revokeApiToken } from "@/lib/api-tokens/revoke-token";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const DELETE = withRoute({ params: idParams, handler: ({ ctx, params }) => revokeApiToken({ ctx, input: { tokenId: params.id } }) });
