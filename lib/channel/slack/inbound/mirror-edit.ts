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
import { mirroredMessageSeq, mirroredText, slackRef } from "./find-message";
import { slackBotActor, slackParticipantActor, slackUserNames } from "./people";
import { slackEditSchema } from "./schemas";
import { slackTime } from "./slack-time";

/**
 * An edited Slack message. The timeline is append-only: the message's event keeps what was first said
 * and a `chat.edited` event carries the new text, so readers see the latest text and the history.
 * Slack also sends `message_changed` when it changes a message itself (a link unfurl, an attachment):
 * without Slack's `edited` mark and with the text unchanged (or a message we never mirrored), nobody edited anything.
 */
export async function mirrorSlackEdit({ ctx, input }: { ctx: Ctx; input: z.input<typeof slackEditSchema> }): Promise<TimelineEventView | null> {
  const edit = parseOrThrow(slackEditSchema, input);
  const drillId = await drillOfSlackChannel(ctx, edit.channel);
  if (!drillId) return null;
  const mentioned = mentionedUserIds(edit.text);
  const names = await slackUserNames(dbOf(ctx), drillId, [...(edit.user && !edit.bot ? [edit.user] : []), ...mentioned]);
  const actor = edit.bot ? await slackBotActor(dbOf(ctx), drillId, edit.bot) : edit.user ? await slackParticipantActor(dbOf(ctx), drillId, edit.user, names[edit.user] ?? edit.user) : ctx.actor;
  const at = slackTime(edit.eventTs);
  const as = { ...ctx, actor, now: () => at };
  return mutateDrill(as, drillId, "mirror_chat", async (tx) => {
    if (!(await claimSlackEvent(tx, edit.eventId))) return null;
    if (!edit.edited) {
      // An app's chat.update can change its text without the mark; that change is kept.
      const current = await mirroredText(tx, drillId, edit.ts);
      if (current === null || current === edit.text) return null;
    }
    const messageSeq = await mirroredMessageSeq(tx, drillId, edit.ts);
    const mentions = Object.fromEntries(mentioned.map((id) => [id, names[id] ?? id]));
    return appendEvent(tx, as, drillId, { kind: "chat.edited", ref: slackRef(edit.ts), body: { ts: edit.ts, messageSeq, text: edit.text, mentions } });
  });
}
