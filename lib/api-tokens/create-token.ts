import type { z } from "zod";
import { addDays } from "date-fns";
import { recordAudit } from "../audit/record";
import { authorize } from "../auth/authorize";
import { aRole, ROLE_PERMISSIONS } from "../drill-model/permissions";
import { nowOf, type Ctx } from "../context";
import { inTransaction } from "../context/transaction";
import { ValidationError } from "../errors";
import { parseOrThrow } from "../validation";
import { signedInUserOf } from "./actor-user";
import { createTokenSchema, toApiTokenView, type ApiTokenView } from "./schemas";
import { newTokenSecret } from "./secret";

/** The token is in this answer and nowhere else: only its hash is stored. */
export async function createApiToken({ ctx, input }: { ctx: Ctx; input: z.input<typeof createTokenSchema> }): Promise<ApiTokenView & { token: string }> {
  authorize(ctx, "token.manage");
  const owner = signedInUserOf(ctx);
  const data = parseOrThrow(createTokenSchema, input);
  const role = ctx.actor.type as keyof typeof ROLE_PERMISSIONS;
  const beyondRole = data.scopes.filter((scope) => !ROLE_PERMISSIONS[role].includes(scope));
  if (beyondRole.length) throw new ValidationError([{ path: "scopes", message: `${beyondRole.join(", ")} ${beyondRole.length === 1 ? "is" : "are"} beyond what ${aRole(role)} may do` }]);
  const secret = newTokenSecret();
  return inTransaction(ctx, async (tx) => {
    const row = await tx.apiToken.create({
      data: { name: data.name, scopes: data.scopes, prefix: secret.prefix, tokenHash: secret.hash, userId: owner.id, expiresAt: data.expiresInDays ? addDays(nowOf(ctx), data.expiresInDays) : null },
      include: { user: { select: { id: true, name: true } } },
    });
    await recordAudit(tx, ctx, { action: "token.created", target: { type: "api_token", id: row.id }, detail: { name: row.name, scopes: row.scopes, prefix: row.prefix, expiresAt: row.expiresAt?.toISOString() ?? null } });
    return { ...toApiTokenView(row), token: secret.token };
  });
}
