import { z } from "zod";
import { withRoute } from "@/lib/http/route";
import { revokeShareLink } from "@/lib/share-links/revoke-share-link";

export const DELETE = withRoute({
  params: z.object({ id: z.string().min(1), linkId: z.string().min(1) }),
  handler: ({ ctx, params }) => revokeShareLink({ ctx, input: { drillId: params.id, linkId: params.linkId } }),
});
