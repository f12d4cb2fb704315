import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { createShareLink } from "@/lib/share-links/create-share-link";
import { listShareLinks } from "@/lib/share-links/list-share-links";

export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => listShareLinks({ ctx, input: { drillId: params.id } }) });

export const POST = withRoute({ params: idParams, status: 201, handler: ({ ctx, params, body }) => createShareLink({ ctx, input: { drillId: params.id, data: body } }) });
