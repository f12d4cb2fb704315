import { withRoute } from "@/lib/http/route";
import { createItem } from "@/lib/improvements/create-item";
import { listItems } from "@/lib/improvements/list-items";
import { createItemSchema, listFiltersSchema } from "@/lib/improvements/schemas";

export const GET = withRoute({ query: listFiltersSchema, handler: ({ ctx, query }) => listItems({ ctx, input: { filters: query } }) });

export const POST = withRoute({ body: createItemSchema, permission: "drill.run", status: 201, handler: ({ ctx, body }) => createItem({ ctx, input: { data: body } }) });
