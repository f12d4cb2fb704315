import { permissionsFor } from "@/lib/drill-model/state-machine";
import { withRoute } from "@/lib/http/route";
import { editRetroItem } from "@/lib/retro/edit-item";
import { removeRetroItem } from "@/lib/retro/remove-item";
import { editRetroItemSchema, retroItemParams } from "@/lib/retro/schemas";

export const PATCH = withRoute({
  params: retroItemParams,
  body: editRetroItemSchema,
  permission: permissionsFor("edit_retro"),
  handler: ({ ctx, params, body }) => editRetroItem({ ctx, input: { drillId: params.id, itemId: params.itemId, data: body } }),
});

export const DELETE = withRoute({
  params: retroItemParams,
  permission: permissionsFor("edit_retro"),
  handler: ({ ctx, params }) => removeRetroItem({ ctx, input: { drillId: params.id, itemId: params.itemId } }),
});
