import { withRoute } from "@/lib/http/route";
import { linkHolder } from "@/lib/identity/link-holder";
import { tokenParams } from "@/lib/http/params";
import { renderSharedReport } from "@/lib/review/shared-report";

// The link in the path is the permission, whoever calls (see openShareLink).
/** The report as JSON: the canonical text (a frozen report's bytes are what its contentHash was taken of). */
export const GET = withRoute({
  params: tokenParams, actor: linkHolder,
  handler: async ({ ctx, params }) => {
    const report = await renderSharedReport({ ctx, input: { token: params.token, format: "json" } });
    return new Response(report.body as string, { headers: { "content-type": "application/json; charset=utf-8", "cache-control": "private, no-store" } });
  },
});
