import { permissionsFor } from "@/lib/drill-model/state-machine";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { closeDrill } from "@/lib/review/close";

export const POST = withRoute({ params: idParams, permission: permissionsFor("close"), handler: ({ ctx, params }) => closeDrill({ ctx, input: { drillId: params.id } }) });
