import type { Db } from "./db/client";

/** Who is acting. Participants come from a drill's channel; the scheduler and Slack arrive in later issues. */
export type Actor =
  | { type: "facilitator"; id?: string; name: string }
  | { type: "observer"; id?: string; name: string }
  | { type: "participant"; id: string; name: string }
  | { type: "system"; name: string };

export interface Ctx {
  actor: Actor;
  /** When set, the verb joins this transaction instead of opening its own. */
  tx?: Db;
  now?: () => Date;
}

export const systemActor: Actor = { type: "system", name: "drillroom" };

export function nowOf(ctx: Ctx): Date {
  return ctx.now ? ctx.now() : new Date();
}
