import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { updateUser } from "@/lib/users/update-user";
import { updateUserSchema } from "@/lib/users/schemas";

export const PATCH = withRoute({ params: idParams, body: updateUserSchema, permission: "user.manage", handler: ({ ctx, params, body }) => updateUser({ ctx, input: { userId: params.id, data: body } }) });
