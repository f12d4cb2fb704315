import { assignDrillToExercise } from "@/lib/exercises/assign-drill";
import { assignExerciseSchema } from "@/lib/exercises/schemas";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const PUT = withRoute({
  params: idParams,
  body: assignExerciseSchema,
  permission: "drill.run",
  handler: ({ ctx, params, body }) => assignDrillToExercise({ ctx, input: { drillId: params.id, data: body } }),
});
