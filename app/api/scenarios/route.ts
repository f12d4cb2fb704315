import { z } from "zod";
import { withRoute } from "@/lib/http/route";
import { createScenario } from "@/lib/scenarios/create";
import { listScenarios } from "@/lib/scenarios/list";

export const GET = withRoute({
  query: z.object({
    q: z.string().max(200).optional(),
    tag: z.string().max(40).optional(),
    component: z.string().max(60).optional(),
    archived: z.enum(["true", "false"]).optional(),
  }),
  handler: ({ ctx, query }) =>
    listScenarios({ ctx, input: { q: query.q, tag: query.tag, component: query.component, includeArchived: query.archived === "true" } }),
});

export const POST = withRoute({
  status: 201,
  handler: ({ ctx, body }) => createScenario({ ctx, input: { definition: (body as { definition?: unknown })?.definition } }),
});
