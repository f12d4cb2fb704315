import { permissionsFor } from "@/lib/drill-model/state-machine";
import { withRoute } from "@/lib/http/route";
import { seqParams, starMomentSchema } from "@/lib/review/schemas";
import { starMoment } from "@/lib/review/star-moment";

export const PUT = withRoute({
  params: seqParams,
  body: starMomentSchema,
  permission: permissionsFor("star_moment"),
  handler: ({ ctx, params, body }) => starMoment({ ctx, input: { drillId: params.id, seq: params.seq, data: body } }),
});
