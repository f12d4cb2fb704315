import { withRoute } from "@/lib/http/route";
import { getRevision } from "@/lib/scenarios/revisions/get-revision";
import { revisionParams } from "@/lib/scenarios/revisions/schemas";

export const GET = withRoute({
  params: revisionParams,
  handler: ({ ctx, params }) => getRevision({ ctx, input: { scenarioId: params.id, number: params.number } }),
});
