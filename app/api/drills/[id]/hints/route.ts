import { releaseHint } from "@/lib/drills/release-hint";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const POST = withRoute({
  params: idParams,
  status: 201,
  handler: ({ ctx, params, body }) => releaseHint({ ctx, input: { drillId: params.id, data: body } }),
});
