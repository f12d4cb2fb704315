import { z } from "zod";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { getScenario } from "@/lib/scenarios/get";
import { updateScenario } from "@/lib/scenarios/update";
import { parseOrThrow } from "@/lib/validation";

const saveBody = z.object({ baseRevision: z.number({ error: "is required: the revision you edited" }).int().min(1), definition: z.unknown() });

export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => getScenario({ ctx, input: { id: params.id } }) });

export const PUT = withRoute({
  params: idParams,
  handler: ({ ctx, params, body }) => {
    const { baseRevision, definition } = parseOrThrow(saveBody, body);
    return updateScenario({ ctx, input: { id: params.id, baseRevision, definition } });
  },
});
