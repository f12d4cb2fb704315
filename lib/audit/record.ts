import type { Actor, Ctx } from "../context";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";

/** Privileged actions worth answering "who did this, and when?" for. */
export type AuditAction =
  | "injection.triggered"
  | "injection.refused"
  | "rollback.triggered"
  | "drill.aborted"
  | "drill.deleted"
  | "drill.closed"
  | "drill.reopened"
  | "exercise.deleted"
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
  | "webhook_secret.rotated"
  | "settings.changed";

export interface AuditInput {
  action: AuditAction;
  /** `label`: what the target is called now (a drill's title, a user's email); looked up when not given. */
  target?: { type: string; id: string; label?: string | null };
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

/** Ids mean nothing to a reader of the log: keep the name the target had when it happened. */
async function labelOf(db: Db, target: { type: string; id: string }): Promise<string | null> {
  const where = { where: { id: target.id } };
  switch (target.type) {
    case "drill":
      return (await db.drill.findUnique({ ...where, select: { title: true } }))?.title ?? null;
    case "user":
      return (await db.user.findUnique({ ...where, select: { email: true } }))?.email ?? null;
    case "scenario":
      return (await db.scenario.findUnique({ ...where, select: { title: true } }))?.title ?? null;
    case "api_token":
      return (await db.apiToken.findUnique({ ...where, select: { name: true } }))?.name ?? null;
    default:
      return null;
  }
}

/** Written with the transaction of the action it records: an action that rolls back leaves no entry. */
export async function recordAudit(db: Db, ctx: Ctx, entry: AuditInput): Promise<void> {
  const detail = { ...entry.detail, ...(ctx.actor.type === "token" ? { onBehalfOf: ctx.actor.userId } : {}) } as Prisma.InputJsonObject;
  const target = entry.target;
  const targetLabel = target ? (target.label !== undefined ? target.label : await labelOf(db, target)) : null;
  await db.auditEntry.create({
    data: { ...auditActorOf(ctx.actor), action: entry.action, targetType: target?.type ?? null, targetId: target?.id ?? null, targetLabel, detail, ...(ctx.now ? { at: ctx.now() } : {}) },
  });
}
