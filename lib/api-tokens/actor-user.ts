import type { Ctx } from "../context";
import { ForbiddenError } from "../errors";
import { isStaffRole } from "../drill-model/permissions";

/** Tokens belong to a signed-in person; a token cannot mint or manage other tokens. */
export function signedInUserOf(ctx: Ctx): { id: string; name: string; isAdmin: boolean } {
  const actor = ctx.actor;
  if (!isStaffRole(actor.type) || !("id" in actor) || !actor.id) throw new ForbiddenError("Only a signed-in person can manage API tokens.");
  return { id: actor.id, name: actor.name, isAdmin: actor.type === "admin" };
}
