import { z } from "zod";
import { correctMilestone } from "@/lib/drills/milestones/correct-milestone";
import { withRoute } from "@/lib/http/route";
import { id } from "@/lib/input/text";
import { permissionsFor } from "@/lib/drill-model/state-machine";
import { correctMilestoneSchema } from "@/lib/drills/schemas";

export const POST = withRoute({
  params: z.object({ id: id(), milestone: id() }),
  status: 201,
  body: correctMilestoneSchema,
  permission: permissionsFor("correct_milestone"),
  handler: ({ ctx, params, body }) => correctMilestone({ ctx, input: { drillId: params.id, milestone: params.milestone, data: body } }),
});
