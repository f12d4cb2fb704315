import { downloadResponse } from "@/lib/http/download";
import { withRoute } from "@/lib/http/route";
import { idParams } from "@/lib/http/params";
import { renderExerciseReport } from "@/lib/review/exercise-report";

export const GET = withRoute({
  params: idParams,
  handler: async ({ ctx, params }) => downloadResponse(await renderExerciseReport({ ctx, input: { id: params.id, format: "markdown" } }), "markdown"),
});
