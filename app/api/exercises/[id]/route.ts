import { deleteExercise } from "@/lib/exercises/delete";
import { getExercise } from "@/lib/exercises/list";
import { updateExerciseSchema } from "@/lib/exercises/schemas";
import { updateExercise } from "@/lib/exercises/update";
import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";

export const GET = withRoute({ params: idParams, handler: ({ ctx, params }) => getExercise({ ctx, input: { id: params.id } }) });

export const PATCH = withRoute({ params: idParams, body: updateExerciseSchema, permission: "drill.run", handler: ({ ctx, params, body }) => updateExercise({ ctx, input: { id: params.id, data: body } }) });

export const DELETE = withRoute({
  params: idParams,
  status: 204,
  handler: async ({ ctx, params }) => {
    await deleteExercise({ ctx, input: { id: params.id } });
    return new Response(null, { status: 204 });
  },
});
