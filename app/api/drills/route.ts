import { z } from "zod";
import { createDrill } from "@/lib/drills/create";
import { listDrills } from "@/lib/drills/list";
import { requestOrigin } from "@/lib/auth/origin";
import { withRoute } from "@/lib/http/route";

export const GET = withRoute({
  query: z.object({ scenarioId: z.string().optional() }),
  handler: ({ ctx, query }) => listDrills({ ctx, input: { scenarioId: query.scenarioId } }),
});

// Links for teammates are built from the address the creator used, never from what the body says.
export const POST = withRoute({
  status: 201,
  handler: ({ ctx, body, request }) => createDrill({ ctx, input: body && typeof body === "object" && !Array.isArray(body) ? { ...body, publicOrigin: requestOrigin(request) } : body }),
});
