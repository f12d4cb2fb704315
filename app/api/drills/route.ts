import { z } from "zod";
import { createDrill } from "@/lib/drills/create";
import { listDrills } from "@/lib/drills/list";
import { requestOrigin } from "@/lib/auth/origin";
import { withRoute } from "@/lib/http/route";
import { id } from "@/lib/input/text";
import { createDrillSchema } from "@/lib/drills/schemas";

export const GET = withRoute({
  query: z.object({ scenarioId: id().optional() }),
  handler: ({ ctx, query }) => listDrills({ ctx, input: { scenarioId: query.scenarioId } }),
});

// Links for teammates are built from the address the creator used, never from what the body says.
export const POST = withRoute({
  body: createDrillSchema,
  permission: "drill.run",
  status: 201,
  handler: ({ ctx, body, request }) => createDrill({ ctx, input: { ...body, publicOrigin: requestOrigin(request) } }),
});
