import { subMinutes } from "date-fns";
import { recordAudit } from "../audit/record";
import { isStaffRole, TOKEN_SCOPES, type TokenScope } from "../drill-model/permissions";
import { nowOf, type Actor, type Ctx } from "../context";
import { inTransaction } from "../context/transaction";
import { UnauthenticatedError } from "../errors";
import { hashTokenSecret, TOKEN_MARK } from "./secret";

/** Reads are frequent (polling jobs); one audit entry per token per this many minutes of reading is enough. */
const READ_AUDIT_EVERY_MINUTES = 10;

/**
 * The actor behind a Bearer token, or a 401 that does not say which check failed (unknown, revoked,
 * expired, owner disabled). Every use is recorded; writes each get an audit entry.
 */
export async function authenticateApiToken({ ctx, input }: { ctx: Ctx; input: { token: string; method: string; path: string } }): Promise<Actor> {
  const invalid = new UnauthenticatedError("The API token is not valid: it may be revoked or expired.");
  if (!input.token.startsWith(TOKEN_MARK)) throw invalid;
  const now = nowOf(ctx);
  return inTransaction(ctx, async (tx) => {
    const row = await tx.apiToken.findUnique({ where: { tokenHash: hashTokenSecret(input.token) }, include: { user: { select: { name: true, role: true, disabledAt: true } } } });
    if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || row.user.disabledAt || !isStaffRole(row.user.role)) throw invalid;
    const scopes = row.scopes.filter((scope): scope is TokenScope => (TOKEN_SCOPES as readonly string[]).includes(scope));
    const actor: Actor = { type: "token", id: row.id, name: row.name, userId: row.userId, role: row.user.role, scopes };
    const writes = !["GET", "HEAD", "OPTIONS"].includes(input.method);
    const audit = writes || !row.lastAuditedAt || row.lastAuditedAt < subMinutes(now, READ_AUDIT_EVERY_MINUTES);
    if (audit) await recordAudit(tx, { ...ctx, actor }, { action: "token.used", target: { type: "api_token", id: row.id }, detail: { method: input.method, path: input.path } });
    // Hundreds of streams opening at once would queue on this one row: "last used" is kept to the minute.
    if (audit || !row.lastUsedAt || row.lastUsedAt < subMinutes(now, 1)) {
      await tx.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now, ...(audit ? { lastAuditedAt: now } : {}) } });
    }
    return actor;
  });
}
