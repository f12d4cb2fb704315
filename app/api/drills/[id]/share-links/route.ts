import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { createShareLink } from "@/lib/share-links/create-share-link";
import { listShareLinks } from "@/lib/share-links/list-share-links";
import { createShareLinkSchema } from "@/lib/share-links/schemas";

export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => listShareLinks({ ctx, input: { drillId: params.id } }) });

export const POST = withRoute({ params: idParams, body: createShareLinkSchema, permission: "share.manage", status: 201, handler: ({ ctx, params, body }) => createShareLink({ ctx, input: { drillId: params.id, data: body } }) });
