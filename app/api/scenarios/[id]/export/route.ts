import { z } from "zod";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { DOCUMENT_FORMATS } from "@/lib/scenarios/document";
import { exportScenario } from "@/lib/scenarios/export-scenario";

const exportQuery = z.object({ format: z.enum(DOCUMENT_FORMATS, { error: "must be yaml or json" }).default("yaml") });

export const GET = withRoute({
  params: idParams,
  query: exportQuery,
  handler: async ({ ctx, params, query, request }) => {
    const schemaUrl = new URL("/api/scenarios/schema", request.url).toString();
    const file = await exportScenario({ ctx, input: { id: params.id, format: query.format, schemaUrl } });
    return new Response(file.content, {
      headers: { "content-type": `${file.contentType}; charset=utf-8`, "content-disposition": `attachment; filename="${file.filename}"` },
    });
  },
});
