import type { Ctx } from "../../../context";
import { dbOf } from "../../../db/transaction";
import { mutateDrill } from "../../../drills/mutate";
import { appendEvent } from "../../../timeline/append";
import type { TimelineEventView } from "../../../timeline/events";
import { parseOrThrow } from "../../../validation";
import { mentionedUserIds } from "../mrkdwn";
import { claimSlackEvent } from "./claim-event";
import { drillOfSlackChannel } from "./drill-of-channel";
import { mirroredMessageSeq, slackRef } from "./find-message";
import { slackParticipantActor, slackUserNames } from "./people";
import { slackEditSchema } from "./schemas";

/**
 * An edited Slack message. The timeline is append-only: the message's event keeps what was first said
 * and a `chat.edited` event carries the new text, so readers see the latest text and the history.
 */
export async function mirrorSlackEdit({ ctx, input }: { ctx: Ctx; input: unknown }): Promise<TimelineEventView | null> {
  const edit = parseOrThrow(slackEditSchema, input);
  const drillId = await drillOfSlackChannel(ctx, edit.channel);
  if (!drillId) return null;
  const mentioned = mentionedUserIds(edit.text);
  const names = await slackUserNames(dbOf(ctx), drillId, [...(edit.user ? [edit.user] : []), ...mentioned]);
  const actor = edit.user ? await slackParticipantActor(dbOf(ctx), drillId, edit.user, names[edit.user] ?? edit.user) : ctx.actor;
  const as = { ...ctx, actor };
  return mutateDrill(as, drillId, "mirror_chat", async (tx) => {
    if (!(await claimSlackEvent(tx, edit.eventId))) return null;
    const messageSeq = await mirroredMessageSeq(tx, drillId, edit.ts);
    const mentions = Object.fromEntries(mentioned.map((id) => [id, names[id] ?? id]));
    return appendEvent(tx, as, drillId, { kind: "chat.edited", ref: slackRef(edit.ts), body: { ts: edit.ts, messageSeq, text: edit.text, mentions } });
  });
}
