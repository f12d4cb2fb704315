import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { getItem } from "@/lib/improvements/get-item";
import { updateItemSchema } from "@/lib/improvements/schemas";
import { updateItem } from "@/lib/improvements/update-item";

export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => getItem({ ctx, input: { id: params.id } }) });

export const PATCH = withRoute({ params: idParams, body: updateItemSchema, permission: "drill.run", handler: ({ ctx, params, body }) => updateItem({ ctx, input: { id: params.id, data: body } }) });
