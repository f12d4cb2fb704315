import { permissionsFor } from "@/lib/drill-model/state-machine";
import { withRoute } from "@/lib/http/route";
import { pickNote } from "@/lib/review/pick-note";
import { pickNoteSchema, seqParams } from "@/lib/review/schemas";

export const PUT = withRoute({
  params: seqParams,
  body: pickNoteSchema,
  permission: permissionsFor("pick_note"),
  handler: ({ ctx, params, body }) => pickNote({ ctx, input: { drillId: params.id, seq: params.seq, data: body } }),
});
