import { z } from "zod";
import { correctMilestone } from "@/lib/drills/milestones/correct-milestone";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({
  params: z.object({ id: z.string().min(1), milestone: z.string().min(1) }),
  status: 201,
  handler: ({ ctx, params, body }) => correctMilestone({ ctx, input: { drillId: params.id, milestone: params.milestone, data: body } }),
});
