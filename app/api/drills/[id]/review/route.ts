import { permissionsFor } from "@/lib/drill-model/state-machine";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { beginReview } from "@/lib/review/begin-review";

export const POST = withRoute({ params: idParams, permission: permissionsFor("begin_review"), handler: ({ ctx, params }) => beginReview({ ctx, input: { drillId: params.id } }) });
