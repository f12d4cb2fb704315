import { z } from "zod";
import { withRoute } from "@/lib/http/route";
import { text } from "@/lib/input/text";
import { MAX_SCENARIO_BODY_BYTES } from "@/lib/http/limits";
import { createScenario, createScenarioSchema } from "@/lib/scenarios/create";
import { listScenarios } from "@/lib/scenarios/list";

export const GET = withRoute({
  query: z.object({
    q: text({ max: 200, trim: false }).optional(),
    tag: text({ max: 40, trim: false }).optional(),
    component: text({ max: 60, trim: false }).optional(),
    archived: z.enum(["true", "false"]).optional(),
  }),
  handler: ({ ctx, query }) =>
    listScenarios({ ctx, input: { q: query.q, tag: query.tag, component: query.component, includeArchived: query.archived === "true" } }),
});

export const POST = withRoute({
  body: createScenarioSchema,
  maxBodyBytes: MAX_SCENARIO_BODY_BYTES,
  permission: "scenario.write",
  status: 201,
  handler: ({ ctx, body }) => createScenario({ ctx, input: { definition: body.definition } }),
});
