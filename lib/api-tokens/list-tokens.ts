import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { signedInUserOf } from "./actor-user";
import { toApiTokenView, type ApiTokenView } from "./schemas";

/** Your own tokens; an admin sees everyone's, to revoke a leaked one. */
export async function listApiTokens({ ctx }: { ctx: Ctx }): Promise<ApiTokenView[]> {
  authorize(ctx, "token.manage");
  const me = signedInUserOf(ctx);
  const rows = await dbOf(ctx).apiToken.findMany({
    where: me.isAdmin ? {} : { userId: me.id },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    include: { user: { select: { id: true, name: true } } },
  });
  return rows.map(toApiTokenView);
}
