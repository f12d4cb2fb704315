import { authorize } from "../../auth/authorize";
import type { Ctx } from "../../context";
import { dbOf } from "../../context/transaction";
import { NotFoundError } from "../../errors";
import { loadRosterView } from "./load-roster";
import type { RosterView } from "./view";

/** The drill's roster for staff: people by role and whether each is in the channel, the escalation teams, and guests. */
export async function getRoster({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<RosterView> {
  authorize(ctx, "drill.read", { drillId: input.drillId });
  const drill = await dbOf(ctx).drill.findUnique({ where: { id: input.drillId } });
  if (!drill) throw new NotFoundError("Drill", input.drillId);
  return loadRosterView(dbOf(ctx), ctx, drill);
}
