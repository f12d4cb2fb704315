import { z } from "zod";
import { withRoute } from "@/lib/http/route";
import { createScenario } from "@/lib/scenarios/create";
import { listScenarios } from "@/lib/scenarios/list";

export const GET = withRoute({
  query: z.object({ q: z.string().max(200).optional(), archived: z.enum(["true", "false"]).optional() }),
  handler: ({ ctx, query }) => listScenarios({ ctx, input: { q: query.q, includeArchived: query.archived === "true" } }),
});

export const POST = withRoute({
  status: 201,
  handler: ({ ctx, body }) => createScenario({ ctx, input: { definition: (body as { definition?: unknown })?.definition } }),
});
