import { hashPassword } from "better-auth/crypto";
import { authorize } from "../auth/authorize";
import type { StaffRole } from "../drill-model/permissions";
import type { Ctx } from "../context";
import { inTransaction } from "../context/transaction";
import { parseOrThrow } from "../validation";
import { passwordSchema } from "./schemas";
import { writePasswordUser } from "./write-user";

export const DEMO_USERS: { email: string; name: string; role: StaffRole }[] = [
  { email: "facilitator@demo.drillroom", name: "Demo Facilitator", role: "facilitator" },
  { email: "observer@demo.drillroom", name: "Demo Observer", role: "observer" },
  { email: "admin@demo.drillroom", name: "Demo Admin", role: "admin" },
];

/** The demo's people, with the password of this start: there is no default password, so it changes every start unless configured. */
export async function ensureDemoUsers({ ctx, input }: { ctx: Ctx; input: { password: string } }): Promise<typeof DEMO_USERS> {
  authorize(ctx, "user.manage");
  const password = parseOrThrow(passwordSchema, input.password);
  const hash = await hashPassword(password);
  await inTransaction(ctx, async (tx) => {
    for (const demo of DEMO_USERS) {
      const existing = await tx.user.findUnique({ where: { email: demo.email }, select: { id: true } });
      if (!existing) await writePasswordUser(tx, { ...demo, password });
      else await tx.account.updateMany({ where: { userId: existing.id, providerId: "credential" }, data: { password: hash } });
    }
  });
  return DEMO_USERS;
}
