import { releaseHint } from "@/lib/drills/release-hint";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { permissionsFor } from "@/lib/drill-model/state-machine";
import { releaseHintSchema } from "@/lib/drills/schemas";

export const POST = withRoute({
  params: idParams,
  status: 201,
  body: releaseHintSchema,
  permission: permissionsFor("release_hint"),
  handler: ({ ctx, params, body }) => releaseHint({ ctx, input: { drillId: params.id, data: body } }),
});
