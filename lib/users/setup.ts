import type { z } from "zod";
import { recordAudit } from "../audit/record";
import type { Ctx } from "../context";
import { dbOf, inTransaction } from "../context/transaction";
import { ConflictError } from "../errors";
import { parseOrThrow } from "../validation";
import { firstAdminSchema, toUserView, type UserView } from "./schemas";
import { writePasswordUser } from "./write-user";

/** Any fixed number: it names the lock that lets only one first admin through. */
const SETUP_LOCK = 6_000_001;

export async function getSetupStatus({ ctx }: { ctx: Ctx }): Promise<{ needsFirstAdmin: boolean }> {
  return { needsFirstAdmin: (await dbOf(ctx).user.count()) === 0 };
}

/**
 * First run: with no account at all, anyone who reaches the app may create the first admin, once.
 * Two people racing both pass the count only one at a time (the advisory lock), so the second is refused.
 */
export async function createFirstAdmin({ ctx, input }: { ctx: Ctx; input: z.input<typeof firstAdminSchema> }): Promise<UserView> {
  const data = parseOrThrow(firstAdminSchema, input);
  return inTransaction(ctx, async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SETUP_LOCK})`;
    if ((await tx.user.count()) > 0) throw new ConflictError("drillroom is already set up: sign in, or ask an admin for an account.");
    const user = await writePasswordUser(tx, { ...data, role: "admin" });
    await recordAudit(tx, { ...ctx, actor: { type: "admin", id: user.id, name: user.name } }, { action: "setup.admin_created", target: { type: "user", id: user.id }, detail: { email: user.email } });
    return toUserView(user);
  });
}
