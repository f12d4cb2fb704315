import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { getReadiness } from "@/lib/injections/readiness/get-readiness";
import { verifyReadiness } from "@/lib/injections/readiness/verify-readiness";
import { verifyReadinessSchema } from "@/lib/injections/readiness/schemas";

export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => getReadiness({ ctx, input: { scenarioId: params.id } }) });

export const POST = withRoute({
  params: idParams,
  body: verifyReadinessSchema,
  permission: "scenario.write",
  status: 201,
  handler: ({ ctx, params, body }) => verifyReadiness({ ctx, input: { scenarioId: params.id, data: body } }),
});
