import { authorize } from "../../auth/authorize";
import type { Ctx } from "../../context";
import { dbOf } from "../../context/transaction";
import { loadRosterView } from "./load-roster";
import type { RosterView } from "./view";
import { getDrillOrThrow } from "../internal/get-drill";

/** The drill's roster for staff: people by role and whether each is in the channel, the escalation teams, and guests. */
export async function getRoster({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<RosterView> {
  authorize(ctx, "drill.read", { drillId: input.drillId });
  const drill = await getDrillOrThrow(dbOf(ctx), input.drillId);
  return loadRosterView(dbOf(ctx), ctx, drill);
}
