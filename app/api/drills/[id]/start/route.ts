import { startDrill } from "@/lib/drills/start";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({ params: idParams, handler: ({ ctx, params }) => startDrill({ ctx, input: { drillId: params.id } }) });
