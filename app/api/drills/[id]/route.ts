import { deleteDrill } from "@/lib/drills/delete";
import { getDrill } from "@/lib/drills/get";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => getDrill({ ctx, input: { id: params.id } }) });

export const DELETE = withRoute({ params: idParams, handler: ({ ctx, params }) => deleteDrill({ ctx, input: { drillId: params.id } }) });
