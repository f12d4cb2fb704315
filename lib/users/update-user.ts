import type { z } from "zod";
import { recordAudit } from "../audit/record";
import { authorize } from "../auth/authorize";
import { nowOf, type Ctx } from "../context";
import { inTransaction } from "../context/transaction";
import { ConflictError, NotFoundError } from "../errors";
import { parseOrThrow } from "../validation";
import { toUserView, updateUserSchema, type UserView } from "./schemas";

/**
 * Changes a role or disables an account. Disabling ends their sessions at once (their API tokens stop
 * working too: tokens check their owner). The last active admin can neither be demoted nor disabled.
 */
export async function updateUser({ ctx, input }: { ctx: Ctx; input: { userId: string; data: z.input<typeof updateUserSchema> } }): Promise<UserView> {
  authorize(ctx, "user.manage");
  const change = parseOrThrow(updateUserSchema, input.data);
  return inTransaction(ctx, async (tx) => {
    const before = await tx.user.findUnique({ where: { id: input.userId } });
    if (!before) throw new NotFoundError("User", input.userId);
    const losesAdmin = before.role === "admin" && !before.disabledAt && ((change.role && change.role !== "admin") || change.disabled === true);
    if (losesAdmin) {
      await tx.$queryRaw`SELECT 1 FROM "User" WHERE "role" = 'admin' FOR UPDATE`;
      const admins = await tx.user.count({ where: { role: "admin", disabledAt: null } });
      if (admins <= 1) throw new ConflictError("This is the last active admin: make someone else an admin first.");
    }
    const disabledAt = change.disabled === undefined ? before.disabledAt : change.disabled ? (before.disabledAt ?? nowOf(ctx)) : null;
    const after = await tx.user.update({ where: { id: before.id }, data: { role: change.role ?? before.role, disabledAt }, include: { accounts: { select: { providerId: true } } } });
    const target = { type: "user", id: after.id };
    if (after.role !== before.role) await recordAudit(tx, ctx, { action: "user.role_changed", target, detail: { email: after.email, from: before.role, to: after.role } });
    if (!before.disabledAt && after.disabledAt) {
      await tx.session.deleteMany({ where: { userId: after.id } });
      await recordAudit(tx, ctx, { action: "user.disabled", target, detail: { email: after.email } });
    }
    if (before.disabledAt && !after.disabledAt) await recordAudit(tx, ctx, { action: "user.enabled", target, detail: { email: after.email } });
    return toUserView(after);
  });
}
