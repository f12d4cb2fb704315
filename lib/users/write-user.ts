import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { StaffRole } from "../drill-model/permissions";
import type { Tx } from "../context/transaction";
import { ConflictError } from "../errors";

/** A person who signs in with email and password, stored the way better-auth reads it back. */
export async function writePasswordUser(tx: Tx, user: { name: string; email: string; role: StaffRole; password: string }) {
  const taken = await tx.user.findUnique({ where: { email: user.email }, select: { id: true } });
  if (taken) throw new ConflictError(`There is already an account for ${user.email}.`);
  const id = randomUUID();
  const created = await tx.user.create({ data: { id, name: user.name, email: user.email, role: user.role, emailVerified: true } }).catch((error: unknown) => {
    // Two admins adding the same person at once: the second one meets the unique index.
    if ((error as { code?: string }).code === "P2002") throw new ConflictError(`There is already an account for ${user.email}.`);
    throw error;
  });
  await tx.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: await hashPassword(user.password) } });
  return { ...created, accounts: [{ providerId: "credential" }] };
}
