import { withRoute } from "@/lib/http/route";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { createUserSchema } from "@/lib/users/schemas";

export const GET = withRoute({ handler: ({ ctx }) => listUsers({ ctx }) });

export const POST = withRoute({ body: createUserSchema, permission: "user.manage", status: 201, handler: ({ ctx, body }) => createUser({ ctx, input: body }) });
