import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { revealWebhookSecret } from "@/lib/injections/reveal-webhook-secret";

// POST, not GET: a secret is handed out on a deliberate request, never by a prefetch, a crawler or a cache.
export const POST = withRoute({
  params: idParams,
  handler: async ({ ctx, params }) => Response.json(await revealWebhookSecret({ ctx, input: { scenarioId: params.id } }), { headers: { "cache-control": "no-store" } }),
});
