import type { z } from "zod";
import { recordAudit } from "../audit/record";
import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { inTransaction } from "../context/transaction";
import { parseOrThrow } from "../validation";
import { createUserSchema, toUserView, type UserView } from "./schemas";
import { writePasswordUser } from "./write-user";

/** An admin adds someone with a first password they pass on; the password is never stored or logged in clear. */
export async function createUser({ ctx, input }: { ctx: Ctx; input: z.input<typeof createUserSchema> }): Promise<UserView> {
  authorize(ctx, "user.manage");
  const data = parseOrThrow(createUserSchema, input);
  return inTransaction(ctx, async (tx) => {
    const user = await writePasswordUser(tx, data);
    await recordAudit(tx, ctx, { action: "user.created", target: { type: "user", id: user.id }, detail: { email: user.email, role: user.role } });
    return toUserView(user);
  });
}
