import { withRoute } from "@/lib/http/route";
import { idParams } from "@/lib/http/params";
import { renderExerciseReport } from "@/lib/review/exercise-report";

/** The report as JSON: the canonical text (a frozen report's bytes are what its contentHash was taken of). */
export const GET = withRoute({
  params: idParams,
  handler: async ({ ctx, params }) => {
    const report = await renderExerciseReport({ ctx, input: { id: params.id, format: "json" } });
    return new Response(report.body as string, { headers: { "content-type": "application/json; charset=utf-8", "cache-control": "private, no-store" } });
  },
});
