import { z } from "zod";
import { createDrill } from "@/lib/drills/create";
import { listDrills } from "@/lib/drills/list";
import { withRoute } from "@/lib/http/route";

export const GET = withRoute({
  query: z.object({ scenarioId: z.string().optional() }),
  handler: ({ ctx, query }) => listDrills({ ctx, input: { scenarioId: query.scenarioId } }),
});

export const POST = withRoute({ status: 201, handler: ({ ctx, body }) => createDrill({ ctx, input: body }) });
