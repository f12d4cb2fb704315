import { idParams } from "@/lib/http/params";
import { withRoute } from "@/lib/http/route";
import { updateUser } from "@/lib/users/update-user";

export const PATCH = withRoute({ params: idParams, handler: ({ ctx, params, body }) => updateUser({ ctx, input: { userId: params.id, data: body } }) });
