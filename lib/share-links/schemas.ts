import { z } from "zod";
import { int32 } from "../input/numbers";
import { text } from "../input/text";

export const createShareLinkSchema = z.object({
  label: text({ min: 1, max: 80, tooShort: "Say who the link is for, e.g. \"payments leads\"" }),
  /** The link stops working after this long. */
  expiresInHours: int32({ min: 1, max: 24 * 30 }).default(24),
});

export interface ShareLinkView {
  id: string;
  drillId: string;
  label: string;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  /** active, expired or revoked, as of the answer. */
  state: "active" | "expired" | "revoked";
}

export function toShareLinkView(row: { id: string; drillId: string; label: string; createdBy: string; createdAt: Date; expiresAt: Date; revokedAt: Date | null }, now: Date): ShareLinkView {
  return {
    id: row.id,
    drillId: row.drillId,
    label: row.label,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    state: row.revokedAt ? "revoked" : row.expiresAt <= now ? "expired" : "active",
  };
}
