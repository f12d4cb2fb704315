import type { Ctx } from "../../../context";
import { dbOf } from "../../../context/transaction";
import { NotFoundError } from "../../../errors";
import { drillOfSlackChannel } from "./drill-of-channel";
import { slackParticipantActor, slackUserNames } from "./people";

/** A Slack user acting in a drill channel (a button, a slash command): the drill, and a context acting as them. */
export async function actAsSlackUser(ctx: Ctx, channelId: string, userId: string): Promise<{ drillId: string; ctx: Ctx }> {
  const drillId = await drillOfSlackChannel(ctx, channelId);
  if (!drillId) throw new NotFoundError("A drill for this channel");
  const names = await slackUserNames(dbOf(ctx), drillId, [userId]);
  const actor = await slackParticipantActor(dbOf(ctx), drillId, userId, names[userId] ?? userId);
  return { drillId, ctx: { ...ctx, actor } };
}
