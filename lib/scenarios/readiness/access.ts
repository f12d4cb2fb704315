import type { Ctx } from "../../context";
import { ForbiddenError } from "../../errors";

/** Readiness is the designers' and facilitators' pre-drill work; participants never touch it. */
export function assertStaff(ctx: Ctx, action: string): void {
  if (ctx.actor.type === "participant") throw new ForbiddenError(`Only facilitators and observers can ${action}.`);
}
