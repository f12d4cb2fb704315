import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { toUserView, type UserView } from "./schemas";

export async function listUsers({ ctx }: { ctx: Ctx }): Promise<UserView[]> {
  authorize(ctx, "user.manage");
  const rows = await dbOf(ctx).user.findMany({ orderBy: [{ disabledAt: { sort: "desc", nulls: "first" } }, { name: "asc" }], include: { accounts: { select: { providerId: true } } } });
  return rows.map(toUserView);
}
