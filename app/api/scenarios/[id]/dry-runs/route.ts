import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { dryRun } from "@/lib/injections/readiness/dry-run";

// Runs synchronously: the answer is the finished dry run. Long scenarios may want a job later.
export const POST = withRoute({
  params: idParams,
  status: 201,
  handler: ({ ctx, params, body }) => dryRun({ ctx, input: { scenarioId: params.id, data: body } }),
});
