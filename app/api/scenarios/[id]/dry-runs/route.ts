import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { dryRun } from "@/lib/injections/readiness/dry-run";
import { dryRunSchema } from "@/lib/injections/readiness/schemas";

// Runs synchronously: the answer is the finished dry run. Long scenarios may want a job later.
export const POST = withRoute({
  params: idParams,
  body: dryRunSchema,
  permission: "scenario.write",
  status: 201,
  handler: ({ ctx, params, body }) => dryRun({ ctx, input: { scenarioId: params.id, data: body } }),
});
