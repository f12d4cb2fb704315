import { addNote } from "@/lib/drills/add-note";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { permissionsFor } from "@/lib/drill-model/state-machine";
import { addNoteSchema } from "@/lib/drills/schemas";

export const POST = withRoute({
  params: idParams,
  status: 201,
  body: addNoteSchema,
  permission: permissionsFor("add_note"),
  handler: ({ ctx, params, body }) => addNote({ ctx, input: { drillId: params.id, data: body } }),
});
