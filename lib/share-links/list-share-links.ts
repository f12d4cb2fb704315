import { authorize } from "../auth/authorize";
import { nowOf, type Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { toShareLinkView, type ShareLinkView } from "./schemas";

export async function listShareLinks({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<ShareLinkView[]> {
  authorize(ctx, "share.manage");
  const rows = await dbOf(ctx).shareLink.findMany({ where: { drillId: input.drillId }, orderBy: { createdAt: "desc" } });
  return rows.map((row) => toShareLinkView(row, nowOf(ctx)));
}
