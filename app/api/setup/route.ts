import { withRoute } from "@/lib/http/route";
import { createFirstAdmin, getSetupStatus } from "@/lib/users/setup";
import { firstAdminSchema } from "@/lib/users/schemas";

export const GET = withRoute({ handler: ({ ctx }) => getSetupStatus({ ctx }) });

// Anyone may call it: it answers 409 once any account exists.
export const POST = withRoute({ body: firstAdminSchema, public: true, status: 201, handler: ({ ctx, body }) => createFirstAdmin({ ctx, input: body }) });
