import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { listRevisions } from "@/lib/scenarios/revisions/list-revisions";

export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => listRevisions({ ctx, input: { scenarioId: params.id } }) });
