import { permissionsFor } from "@/lib/drill-model/state-machine";
import { withRoute } from "@/lib/http/route";
import { linkAnswer } from "@/lib/review/link-answer";
import { linkAnswerSchema, stepParams } from "@/lib/review/schemas";

export const PUT = withRoute({
  params: stepParams,
  body: linkAnswerSchema,
  permission: permissionsFor("link_answer"),
  handler: ({ ctx, params, body }) => linkAnswer({ ctx, input: { drillId: params.id, step: params.step, data: body } }),
});
