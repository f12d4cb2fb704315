import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { getDrillOrThrow } from "../drills/internal/get-drill";
import { retroOf, type RetroView } from "./view";

/** The drill's retrospective and the audiences it may address (staff and share-link viewers read it). */
export async function listRetro({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<RetroView> {
  authorize(ctx, "drill.read", { drillId: input.drillId });
  const db = dbOf(ctx);
  await getDrillOrThrow(db, input.drillId);
  return retroOf(db, input.drillId);
}
