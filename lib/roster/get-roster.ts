import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { drillChatProvider } from "./provider";
import { dbOf } from "../db/transaction";
import { loadRosterMembers, rosterView, type RosterView } from "./view";

/** The drill's roster for staff: people by role, and the escalation teams with whether each was brought in. */
export async function getRoster({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<RosterView> {
  authorize(ctx, "drill.read", { drillId: input.drillId });
  await drillChatProvider(ctx, input.drillId); // 404 for an unknown drill
  return rosterView(input.drillId, await loadRosterMembers(dbOf(ctx), input.drillId));
}
