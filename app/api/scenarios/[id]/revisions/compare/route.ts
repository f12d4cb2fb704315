import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { compareRevisions } from "@/lib/scenarios/revisions/compare-revisions";
import { compareQuery } from "@/lib/scenarios/revisions/schemas";

/** `?from=1&to=3`: the field-level changes from one revision to the other. */
export const GET = withRoute({
  params: idParams,
  query: compareQuery,
  handler: ({ ctx, params, query }) => compareRevisions({ ctx, input: { scenarioId: params.id, from: query.from, to: query.to } }),
});
