import type { ChannelPost } from "../../chat/port";
import type { Ctx } from "../../context";
import type { Drill } from "../../db/generated/client";
import type { Tx } from "../../context/transaction";
import { inviteMembers } from "./invite";
import { invitedAtDeclaration } from "../../drill-model/roster-roles";
import { loadRosterMembers } from "./view";

/**
 * The declaration's half of the roster: inside the start transaction, everyone but escalation responders
 * and observers is invited into the channel. Returns the post to send after the commit (null: empty roster).
 */
export async function inviteRoster({ ctx, tx, drill }: { ctx: Ctx; tx: Tx; drill: Pick<Drill, "id" | "chatProvider"> }): Promise<ChannelPost | null> {
  const members = await loadRosterMembers(tx, drill.id);
  return inviteMembers(tx, ctx, drill, members.filter((member) => !member.invitedAt && invitedAtDeclaration(member.role)));
}
