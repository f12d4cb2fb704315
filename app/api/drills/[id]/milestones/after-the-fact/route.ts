import { permissionsFor } from "@/lib/drill-model/state-machine";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { recordAfterTheFact } from "@/lib/review/record-after-the-fact";
import { afterTheFactSchema } from "@/lib/review/schemas";

export const POST = withRoute({
  params: idParams,
  body: afterTheFactSchema,
  permission: permissionsFor("record_after_the_fact"),
  status: 201,
  handler: ({ ctx, params, body }) => recordAfterTheFact({ ctx, input: { drillId: params.id, data: body } }),
});
