import { downloadResponse } from "@/lib/http/download";
import { withRoute } from "@/lib/http/route";
import { idParams } from "@/lib/http/params";
import { renderReport } from "@/lib/review/get-report";

export const GET = withRoute({
  params: idParams,
  handler: async ({ ctx, params }) => downloadResponse(await renderReport({ ctx, input: { drillId: params.id, format: "markdown" } }), "markdown"),
});
