import { resumeDrill } from "@/lib/drills/resume";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({ params: idParams, handler: ({ ctx, params }) => resumeDrill({ ctx, input: { drillId: params.id } }) });
