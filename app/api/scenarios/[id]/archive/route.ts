import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { archiveScenario } from "@/lib/scenarios/archive";

/** `{ archived: true }` archives, `{ archived: false }` restores. */
export const POST = withRoute({
  params: idParams,
  handler: ({ ctx, params, body }) => archiveScenario({ ctx, input: { id: params.id, body } }),
});
