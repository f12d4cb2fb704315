import { permissionsFor } from "@/lib/drill-model/state-machine";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { addRetroItem } from "@/lib/retro/add-item";
import { listRetro } from "@/lib/retro/list-retro";
import { retroItemSchema } from "@/lib/retro/schemas";

export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => listRetro({ ctx, input: { drillId: params.id } }) });

export const POST = withRoute({
  params: idParams,
  status: 201,
  body: retroItemSchema,
  permission: permissionsFor("edit_retro"),
  handler: ({ ctx, params, body }) => addRetroItem({ ctx, input: { drillId: params.id, data: body } }),
});
