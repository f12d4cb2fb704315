import type { Actor, Ctx } from "../context";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

/** Privileged actions worth answering "who did this, and when?" for. */
export type AuditAction =
  | "injection.triggered"
  | "injection.refused"
  | "rollback.triggered"
  | "drill.aborted"
  | "setup.admin_created"
  | "user.created"
  | "user.role_changed"
  | "user.disabled"
  | "user.enabled"
  | "user.signed_in"
  | "token.created"
  | "token.revoked"
  | "token.used"
  | "share_link.created"
  | "share_link.revoked"
  | "webhook_secret.revealed"
  | "webhook_secret.rotated";

export interface AuditInput {
  action: AuditAction;
  target?: { type: string; id: string };
  detail?: Record<string, unknown>;
}

export function auditActorOf(actor: Actor): { actorType: string; actorId: string | null; actorName: string } {
  switch (actor.type) {
    case "token":
      return { actorType: "token", actorId: actor.id, actorName: `${actor.name} (API token)` };
    case "viewer":
    case "participant":
      return { actorType: actor.type, actorId: actor.id, actorName: actor.name };
    case "guest":
    case "system":
    case "anonymous":
      return { actorType: actor.type, actorId: null, actorName: actor.name };
    default:
      return { actorType: actor.type, actorId: actor.id ?? null, actorName: actor.name };
  }
}

/** Written with the transaction of the action it records: an action that rolls back leaves no entry. */
export async function recordAudit(db: Db, ctx: Ctx, entry: AuditInput): Promise<void> {
  const detail = { ...entry.detail, ...(ctx.actor.type === "token" ? { onBehalfOf: ctx.actor.userId } : {}) } as Prisma.InputJsonObject;
  await db.auditEntry.create({
    data: { ...auditActorOf(ctx.actor), action: entry.action, targetType: entry.target?.type ?? null, targetId: entry.target?.id ?? null, detail, ...(ctx.now ? { at: ctx.now() } : {}) },
  });
}
