import { permissionsFor } from "@/lib/drill-model/state-machine";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { revealAnswer } from "@/lib/review/reveal";

export const POST = withRoute({ params: idParams, permission: permissionsFor("reveal"), handler: ({ ctx, params }) => revealAnswer({ ctx, input: { drillId: params.id } }) });
