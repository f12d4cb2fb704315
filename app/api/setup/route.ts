import { withRoute } from "@/lib/http/route";
import { createFirstAdmin, getSetupStatus } from "@/lib/users/setup";

export const GET = withRoute({ handler: ({ ctx }) => getSetupStatus({ ctx }) });

export const POST = withRoute({ status: 201, handler: ({ ctx, body }) => createFirstAdmin({ ctx, input: body }) });
