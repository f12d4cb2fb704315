import { grantsOf } from "../auth/authorize";
import { PERMISSIONS, type Permission } from "../drill-model/permissions";
import type { Ctx } from "../context";

export interface Me {
  actor: { type: string; id: string | null; name: string };
  /** What the UI may offer; the verbs check again. */
  permissions: Permission[];
}

/** Who the caller is and what they may do. Anyone may ask, and learns only about themselves. */
export async function getMe({ ctx }: { ctx: Ctx }): Promise<Me> {
  const { permissions } = grantsOf(ctx.actor);
  const actor = ctx.actor;
  return {
    actor: { type: actor.type, id: "id" in actor ? (actor.id ?? null) : null, name: actor.name },
    permissions: permissions === "all" ? (Object.keys(PERMISSIONS) as Permission[]) : [...permissions],
  };
}
