import { acknowledgeAlert } from "@/lib/drills/acknowledge-alert";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { permissionsFor } from "@/lib/drill-model/state-machine";
import { acknowledgeAlertSchema } from "@/lib/drills/schemas";

/** Acknowledge a fired alert (the latest unacknowledged one without `alertId`), as a responder would from Slack. */
export const POST = withRoute({
  params: idParams,
  body: acknowledgeAlertSchema,
  permission: permissionsFor("acknowledge_alert"),
  status: 201,
  handler: ({ ctx, params, body }) => acknowledgeAlert({ ctx, input: { drillId: params.id, data: body } }),
});
