import { triggerInjection } from "@/lib/drills/injections/trigger-injection";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { permissionsFor } from "@/lib/drill-model/state-machine";
import { triggerInjectionSchema } from "@/lib/drills/injections/runs/schemas";

export const POST = withRoute({
  params: idParams,
  status: 201,
  body: triggerInjectionSchema,
  permission: permissionsFor("trigger_injection"),
  handler: ({ ctx, params, body }) => triggerInjection({ ctx, input: { drillId: params.id, data: body } }),
});
