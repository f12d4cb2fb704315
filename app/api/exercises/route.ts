import { createExercise } from "@/lib/exercises/create";
import { listExercises } from "@/lib/exercises/list";
import { createExerciseSchema } from "@/lib/exercises/schemas";
import { withRoute } from "@/lib/http/route";

export const GET = withRoute({ handler: ({ ctx }) => listExercises({ ctx }) });

export const POST = withRoute({ body: createExerciseSchema, permission: "drill.run", status: 201, handler: ({ ctx, body }) => createExercise({ ctx, input: { data: body } }) });
