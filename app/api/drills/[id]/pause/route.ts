import { pauseDrill } from "@/lib/drills/pause";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({ params: idParams, handler: ({ ctx, params }) => pauseDrill({ ctx, input: { drillId: params.id } }) });
