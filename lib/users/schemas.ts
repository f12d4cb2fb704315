import { z } from "zod";
import { STAFF_ROLES } from "../drill-model/permissions";
import { MIN_PASSWORD_LENGTH } from "../auth/password";
import { storable, text } from "../input/text";

export const passwordSchema = text({ min: MIN_PASSWORD_LENGTH, max: 128, trim: false });
const email = storable().trim().toLowerCase().email("must be an email address").max(254, "must be at most 254 characters");
const name = text({ min: 1, max: 80 });

export const firstAdminSchema = z.object({ name, email, password: passwordSchema });

export const createUserSchema = z.object({ name, email, role: z.enum(STAFF_ROLES), password: passwordSchema });

export const updateUserSchema = z
  .object({ role: z.enum(STAFF_ROLES).optional(), disabled: z.boolean().optional() })
  .refine((value) => value.role !== undefined || value.disabled !== undefined, { message: "Say what to change: role or disabled" });

export interface UserView {
  id: string;
  name: string;
  email: string;
  role: (typeof STAFF_ROLES)[number];
  disabledAt: string | null;
  createdAt: string;
  /** How they sign in: "password", "oidc". */
  signIn: string[];
}

export function toUserView(row: { id: string; name: string; email: string; role: UserView["role"]; disabledAt: Date | null; createdAt: Date; accounts?: { providerId: string }[] }): UserView {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role,
    disabledAt: row.disabledAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    signIn: (row.accounts ?? []).map((account) => (account.providerId === "credential" ? "password" : account.providerId)),
  };
}
