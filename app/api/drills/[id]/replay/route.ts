import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { getReplay } from "@/lib/review/replay/get-replay";

export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => getReplay({ ctx, input: { drillId: params.id } }) });
