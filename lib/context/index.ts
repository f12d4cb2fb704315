import type { Db } from "../db/client";
import type { Permission, StaffRole } from "../drill-model/permissions";

/**
 * Who is acting. Staff sign in (admin, facilitator, observer) or send an API token; participants
 * never sign in: they hold a drill's channel link (guest) or post in its Slack channel; a viewer
 * holds a drill's read-only share link; the scheduler, Slack deliveries and CLIs act as the system.
 */
export type Actor =
  | { type: StaffRole; id?: string; name: string }
  | { type: "token"; id: string; name: string; userId: string; role: StaffRole; scopes: readonly Permission[] }
  | { type: "viewer"; id: string; name: string; drillId: string }
  | { type: "guest"; name: string; drillId: string }
  | { type: "participant"; id: string; name: string; drillId: string }
  | { type: "system"; name: string }
  | { type: "anonymous"; name: string };

export interface Ctx {
  actor: Actor;
  /** When set, the verb joins this transaction instead of opening its own. */
  tx?: Db;
  now?: () => Date;
}

export const systemActor: Actor = { type: "system", name: "drillroom" };
export const anonymousActor: Actor = { type: "anonymous", name: "anonymous" };

export function nowOf(ctx: Ctx): Date {
  return ctx.now ? ctx.now() : new Date();
}
