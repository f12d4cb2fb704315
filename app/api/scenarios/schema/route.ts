import { withRoute } from "@/lib/http/route";
import { renderScenarioJsonSchema } from "@/lib/scenarios/json-schema";

/** The published JSON Schema of a scenario document (the same text as docs/scenario.schema.json). */
export const GET = withRoute({
  handler: async () => new Response(renderScenarioJsonSchema(), { headers: { "content-type": "application/schema+json; charset=utf-8", "cache-control": "public, max-age=300" } }),
});
