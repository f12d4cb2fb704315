import { endDrill } from "@/lib/drills/end";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { permissionsFor } from "@/lib/drill-model/state-machine";
import { endDrillSchema } from "@/lib/drills/schemas";

export const POST = withRoute({
  params: idParams,
  body: endDrillSchema,
  permission: permissionsFor("end"),
  handler: ({ ctx, params, body }) => endDrill({ ctx, input: { drillId: params.id, data: body } }),
});
