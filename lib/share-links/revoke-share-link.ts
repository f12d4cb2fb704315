import { recordAudit } from "../audit/record";
import { authorize } from "../auth/authorize";
import { nowOf, type Ctx } from "../context";
import { inTransaction } from "../context/transaction";
import { NotFoundError } from "../errors";
import { toShareLinkView, type ShareLinkView } from "./schemas";

/** Works at once, for open pages too: their next request or stream reconnect is refused. */
export async function revokeShareLink({ ctx, input }: { ctx: Ctx; input: { drillId: string; linkId: string } }): Promise<ShareLinkView> {
  authorize(ctx, "share.manage");
  const now = nowOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const found = await tx.shareLink.findUnique({ where: { id: input.linkId } });
    if (!found || found.drillId !== input.drillId) throw new NotFoundError("Share link", input.linkId);
    if (found.revokedAt) return toShareLinkView(found, now);
    const row = await tx.shareLink.update({ where: { id: found.id }, data: { revokedAt: now } });
    await recordAudit(tx, ctx, { action: "share_link.revoked", target: { type: "drill", id: row.drillId }, detail: { linkId: row.id, label: row.label } });
    return toShareLinkView(row, now);
  });
}
