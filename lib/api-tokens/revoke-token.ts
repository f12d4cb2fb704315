import { recordAudit } from "../audit/record";
import { authorize } from "../auth/authorize";
import { nowOf, type Ctx } from "../context";
import { inTransaction } from "../context/transaction";
import { NotFoundError } from "../errors";
import { signedInUserOf } from "./actor-user";
import { toApiTokenView, type ApiTokenView } from "./schemas";

/** Stops working at once. Revoking twice is fine and keeps the first time. Others' tokens look absent, except to admins. */
export async function revokeApiToken({ ctx, input }: { ctx: Ctx; input: { tokenId: string } }): Promise<ApiTokenView> {
  authorize(ctx, "token.manage");
  const me = signedInUserOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const found = await tx.apiToken.findUnique({ where: { id: input.tokenId }, select: { userId: true, revokedAt: true } });
    if (!found || (found.userId !== me.id && !me.isAdmin)) throw new NotFoundError("API token", input.tokenId);
    const row = await tx.apiToken.update({
      where: { id: input.tokenId },
      data: { revokedAt: found.revokedAt ?? nowOf(ctx) },
      include: { user: { select: { id: true, name: true } } },
    });
    if (!found.revokedAt) await recordAudit(tx, ctx, { action: "token.revoked", target: { type: "api_token", id: row.id }, detail: { name: row.name, owner: row.user.name } });
    return toApiTokenView(row);
  });
}
