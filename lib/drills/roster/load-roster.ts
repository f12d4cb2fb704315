import { can } from "../../auth/authorize";
import { personalKey } from "./personal-key";
import type { Ctx } from "../../context";
import type { Db } from "../../db/client";
import type { Drill } from "../../db/generated/client";
import { channelUrl } from "../links";
import { loadRosterMembers, rosterParticipants, rosterView, type RosterView } from "./view";

type RosterDrill = Pick<Drill, "id" | "chatProvider" | "channelToken"> & Parameters<typeof channelUrl>[0];

/**
 * The roster as staff see it: who joined, and, for people who run the drill (who hold the channel link anyway), each
 * member's personal link into the built-in channel. The key in it rides in the fragment, so it reaches no server log.
 */
export async function loadRosterView(db: Db, ctx: Ctx, drill: RosterDrill): Promise<RosterView> {
  const members = await loadRosterMembers(db, drill.id);
  const participants = await db.participant.findMany({ where: { drillId: drill.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  const link = drill.chatProvider === "builtin" && can(ctx.actor, "drill.run", { drillId: drill.id }) ? channelUrl(drill) : null;
  return rosterView({
    drillId: drill.id,
    members,
    participants: rosterParticipants(drill.chatProvider, members, participants),
    personalLink: (member) => (link ? `${link}#key=${personalKey(member.id)}` : null),
  });
}
