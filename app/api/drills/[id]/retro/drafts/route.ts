import { permissionsFor } from "@/lib/drill-model/state-machine";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { draftFromNotes } from "@/lib/retro/draft-from-notes";

export const POST = withRoute({ params: idParams, permission: permissionsFor("edit_retro"), handler: ({ ctx, params }) => draftFromNotes({ ctx, input: { drillId: params.id } }) });
