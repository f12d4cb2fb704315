import { fireAlert } from "@/lib/drills/fire-alert";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { permissionsFor } from "@/lib/drill-model/state-machine";
import { fireAlertSchema } from "@/lib/drills/schemas";

export const POST = withRoute({
  params: idParams,
  status: 201,
  body: fireAlertSchema,
  permission: permissionsFor("fire_alert"),
  handler: ({ ctx, params, body }) => fireAlert({ ctx, input: { drillId: params.id, data: body } }),
});
