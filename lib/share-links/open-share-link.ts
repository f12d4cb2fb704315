import { hashTokenSecret } from "../api-tokens/secret";
import { nowOf, type Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { NotFoundError } from "../errors";

/**
 * A share link's holder watches as a viewer of that one drill: read-only, including what observers see.
 * Unknown, revoked and expired links all answer the same 404, so a link's history is not disclosed.
 */
export async function openShareLink(ctx: Ctx, token: string): Promise<{ drillId: string; ctx: Ctx }> {
  const link = await dbOf(ctx).shareLink.findUnique({ where: { tokenHash: hashTokenSecret(token) } });
  if (!link || link.revokedAt || link.expiresAt <= nowOf(ctx)) throw new NotFoundError("Share link");
  return { drillId: link.drillId, ctx: { ...ctx, actor: { type: "viewer", id: link.id, name: `${link.label} (share link)`, drillId: link.drillId } } };
}
