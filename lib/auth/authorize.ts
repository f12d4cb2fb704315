import type { Actor, Ctx } from "../context";
import { ForbiddenError, UnauthenticatedError } from "../errors";
import { aRole, GUEST_PERMISSIONS, isStaffRole, PARTICIPANT_PERMISSIONS, PERMISSIONS, ROLE_PERMISSIONS, VIEWER_PERMISSIONS, type Permission } from "../drill-model/permissions";

export interface Resource {
  /** Participants, channel guests and share-link viewers only reach the drill they belong to. */
  drillId?: string;
}

/** The permissions an actor holds, and the one drill it is confined to, if any. */
export function grantsOf(actor: Actor): { permissions: readonly Permission[] | "all"; drillId?: string } {
  if (actor.type === "system") return { permissions: "all" };
  if (isStaffRole(actor.type)) return { permissions: ROLE_PERMISSIONS[actor.type] };
  switch (actor.type) {
    case "token":
      return { permissions: actor.scopes.filter((scope) => ROLE_PERMISSIONS[actor.role].includes(scope)) };
    case "viewer":
      return { permissions: VIEWER_PERMISSIONS, drillId: actor.drillId };
    case "guest":
      return { permissions: GUEST_PERMISSIONS, drillId: actor.drillId };
    case "participant":
      return { permissions: PARTICIPANT_PERMISSIONS, drillId: actor.drillId };
    default:
      return { permissions: [] };
  }
}

export function can(actor: Actor, permission: Permission, resource: Resource = {}): boolean {
  const { permissions, drillId } = grantsOf(actor);
  if (permissions === "all") return true;
  if (!permissions.includes(permission)) return false;
  return drillId === undefined || drillId === resource.drillId;
}

/** Every verb starts here. Anonymous callers are told to sign in; others are told what they lack. */
export function authorize(ctx: Ctx, permission: Permission | readonly Permission[], resource: Resource = {}): void {
  const wanted = typeof permission === "string" ? [permission] : permission;
  if (wanted.some((one) => can(ctx.actor, one, resource))) return;
  if (ctx.actor.type === "anonymous") throw new UnauthenticatedError();
  const who = ctx.actor.type === "token" ? `The API token "${ctx.actor.name}"` : aRole(ctx.actor.type).replace(/^a/, "A");
  throw new ForbiddenError(`${who} cannot ${PERMISSIONS[wanted[0]!]}.`);
}
