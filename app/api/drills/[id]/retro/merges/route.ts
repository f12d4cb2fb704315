import { permissionsFor } from "@/lib/drill-model/state-machine";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { mergeRetroItems } from "@/lib/retro/merge-items";
import { mergeRetroItemsSchema } from "@/lib/retro/schemas";

export const POST = withRoute({
  params: idParams,
  body: mergeRetroItemsSchema,
  permission: permissionsFor("edit_retro"),
  handler: ({ ctx, params, body }) => mergeRetroItems({ ctx, input: { drillId: params.id, data: body } }),
});
