import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { getDebrief } from "@/lib/review/get-debrief";

export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => getDebrief({ ctx, input: { drillId: params.id } }) });
