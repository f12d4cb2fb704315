import { listMilestones } from "@/lib/drills/milestones/list-milestones";
import { recordMilestone } from "@/lib/drills/milestones/record-milestone";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { permissionsFor } from "@/lib/drill-model/state-machine";
import { recordMilestoneSchema } from "@/lib/drills/schemas";

/** Recorded milestones with their evidence and correction audit trail. */
export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => listMilestones({ ctx, input: { drillId: params.id } }) });

export const POST = withRoute({
  params: idParams,
  body: recordMilestoneSchema,
  permission: permissionsFor("record_milestone"),
  status: 201,
  handler: ({ ctx, params, body }) => recordMilestone({ ctx, input: { drillId: params.id, data: body } }),
});
