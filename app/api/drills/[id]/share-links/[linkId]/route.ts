import { z } from "zod";
import { withRoute } from "@/lib/http/route";
import { id } from "@/lib/input/text";
import { revokeShareLink } from "@/lib/share-links/revoke-share-link";

export const DELETE = withRoute({
  params: z.object({ id: id(), linkId: id() }),
  handler: ({ ctx, params }) => revokeShareLink({ ctx, input: { drillId: params.id, linkId: params.linkId } }),
});
