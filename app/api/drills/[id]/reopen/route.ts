import { permissionsFor } from "@/lib/drill-model/state-machine";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { reopenDrill } from "@/lib/review/reopen";
import { reopenSchema } from "@/lib/review/schemas";

export const POST = withRoute({
  params: idParams,
  body: reopenSchema,
  permission: permissionsFor("reopen"),
  handler: ({ ctx, params, body }) => reopenDrill({ ctx, input: { drillId: params.id, data: body } }),
});
