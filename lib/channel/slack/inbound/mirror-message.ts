import type { z } from "zod";
import type { Ctx } from "../../../context";
import { dbOf } from "../../../context/transaction";
import { mutateDrill } from "../../../drills/internal/mutate";
import { appendEvent } from "../../../timeline/append";
import type { TimelineEventView } from "../../../timeline/events";
import { parseOrThrow } from "../../../validation";
import { mentionedUserIds } from "../../../chat/slack/mrkdwn";
import { claimSlackEvent } from "./claim-event";
import { drillOfSlackChannel } from "./drill-of-channel";
import { mirroredMessageSeq, slackRef } from "./find-message";
import { slackBotActor, slackParticipantActor, slackUserNames } from "./people";
import { slackMessageSchema } from "./schemas";
import { slackTime } from "./slack-time";

/**
 * A message (or thread reply) in a drill's Slack channel, from a person or another integration, onto the
 * timeline once however often Slack delivers it, at the time its ts names.
 */
export async function mirrorSlackMessage({ ctx, input }: { ctx: Ctx; input: z.input<typeof slackMessageSchema> }): Promise<TimelineEventView | null> {
  const message = parseOrThrow(slackMessageSchema, input);
  const drillId = await drillOfSlackChannel(ctx, message.channel);
  if (!drillId) return null;
  const mentioned = mentionedUserIds(message.text);
  const names = await slackUserNames(dbOf(ctx), drillId, [...(message.user && !message.bot ? [message.user] : []), ...mentioned]);
  const actor = message.bot ? await slackBotActor(dbOf(ctx), drillId, message.bot) : await slackParticipantActor(dbOf(ctx), drillId, message.user!, names[message.user!] ?? message.user!);
  const at = slackTime(message.ts);
  const as = { ...ctx, actor, now: () => at };
  return mutateDrill(as, drillId, "mirror_chat", async (tx) => {
    if (!(await claimSlackEvent(tx, message.eventId))) return null;
    const threadTs = message.threadTs ?? message.ts;
    const parentSeq = threadTs === message.ts ? null : await mirroredMessageSeq(tx, drillId, threadTs);
    const mentions = Object.fromEntries(mentioned.map((id) => [id, names[id] ?? id]));
    return appendEvent(tx, as, drillId, {
      kind: "chat.message",
      ref: slackRef(message.ts),
      body: { participantId: actor.id, text: message.text, format: "mrkdwn", ts: message.ts, threadTs, parentSeq, mentions, ...(message.bot ? { botId: message.bot.id } : {}) },
    });
  });
}
