import type { Ctx } from "../../../context";
import { dbOf } from "../../../context/transaction";

/** The drill a Slack channel belongs to; null for every other channel the bot is in. */
export async function drillOfSlackChannel(ctx: Ctx, channelId: string): Promise<string | null> {
  const channel = await dbOf(ctx).slackChannel.findUnique({ where: { channelId }, select: { drillId: true } });
  return channel?.drillId ?? null;
}
