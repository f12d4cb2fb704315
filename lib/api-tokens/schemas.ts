import { z } from "zod";
import { TOKEN_SCOPES } from "../drill-model/permissions";
import { int32 } from "../input/numbers";
import { text } from "../input/text";

export const createTokenSchema = z.object({
  name: text({ min: 1, max: 80, tooShort: "Give the token a name, e.g. the job that uses it" }),
  scopes: z.array(z.enum(TOKEN_SCOPES)).min(1, "Pick at least one scope").transform((scopes) => [...new Set(scopes)]),
  /** Days until it stops working; omitted: until revoked. */
  expiresInDays: int32({ min: 1, max: 366 }).optional(),
});

export interface ApiTokenView {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  owner: { id: string; name: string };
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export function toApiTokenView(row: { id: string; name: string; prefix: string; scopes: string[]; createdAt: Date; expiresAt: Date | null; lastUsedAt: Date | null; revokedAt: Date | null; user: { id: string; name: string } }): ApiTokenView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    owner: { id: row.user.id, name: row.user.name },
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
