import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { rotateWebhookSecret } from "@/lib/injections/rotate-webhook-secret";

export const POST = withRoute({
  params: idParams,
  handler: async ({ ctx, params }) => Response.json(await rotateWebhookSecret({ ctx, input: { scenarioId: params.id } }), { headers: { "cache-control": "no-store" } }),
});
