import { downloadResponse } from "@/lib/http/download";
import { withRoute } from "@/lib/http/route";
import { linkHolder } from "@/lib/identity/link-holder";
import { tokenParams } from "@/lib/http/params";
import { renderSharedReport } from "@/lib/review/shared-report";

// The link in the path is the permission, whoever calls (see openShareLink).
export const GET = withRoute({
  params: tokenParams, actor: linkHolder,
  handler: async ({ ctx, params }) => downloadResponse(await renderSharedReport({ ctx, input: { token: params.token, format: "markdown" } }), "markdown"),
});
