import type { z } from "zod";
import type { Ctx } from "../../../context";
import { dbOf } from "../../../context/transaction";
import { mutateDrill } from "../../../drills/internal/mutate";
import { appendEvent } from "../../../timeline/append";
import type { TimelineEventView } from "../../../timeline/events";
import { parseOrThrow } from "../../../validation";
import { claimSlackEvent } from "./claim-event";
import { drillOfSlackChannel } from "./drill-of-channel";
import { mirroredMessageSeq, slackRef } from "./find-message";
import { slackParticipantActor, slackUserNames } from "./people";
import { slackReactionSchema } from "./schemas";
import { slackTime } from "./slack-time";

/** A reaction added to or removed from a message in a drill's Slack channel. */
export async function mirrorSlackReaction({ ctx, input }: { ctx: Ctx; input: z.input<typeof slackReactionSchema> }): Promise<TimelineEventView | null> {
  const reaction = parseOrThrow(slackReactionSchema, input);
  const drillId = await drillOfSlackChannel(ctx, reaction.channel);
  if (!drillId) return null;
  const names = await slackUserNames(dbOf(ctx), drillId, [reaction.user]);
  const at = slackTime(reaction.eventTs);
  const as = { ...ctx, actor: await slackParticipantActor(dbOf(ctx), drillId, reaction.user, names[reaction.user] ?? reaction.user), now: () => at };
  return mutateDrill(as, drillId, "mirror_chat", async (tx) => {
    if (!(await claimSlackEvent(tx, reaction.eventId))) return null;
    const messageSeq = await mirroredMessageSeq(tx, drillId, reaction.ts);
    const body = { ts: reaction.ts, messageSeq, reaction: reaction.reaction, ...(reaction.removed ? { removed: true as const } : {}) };
    return appendEvent(tx, as, drillId, { kind: "chat.reaction", ref: slackRef(reaction.ts), body });
  });
}
