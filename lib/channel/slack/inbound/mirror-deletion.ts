import type { z } from "zod";
import type { Ctx } from "../../../context";
import { mutateDrill } from "../../../drills/internal/mutate";
import { appendEvent } from "../../../timeline/append";
import type { TimelineEventView } from "../../../timeline/events";
import { parseOrThrow } from "../../../validation";
import { claimSlackEvent } from "./claim-event";
import { drillOfSlackChannel } from "./drill-of-channel";
import { mirroredMessageSeq, slackRef } from "./find-message";
import { slackDeletionSchema } from "./schemas";
import { slackTime } from "./slack-time";

/** A deleted Slack message is marked deleted; what it said stays on the timeline for the review. */
export async function mirrorSlackDeletion({ ctx, input }: { ctx: Ctx; input: z.input<typeof slackDeletionSchema> }): Promise<TimelineEventView | null> {
  const deletion = parseOrThrow(slackDeletionSchema, input);
  const drillId = await drillOfSlackChannel(ctx, deletion.channel);
  if (!drillId) return null;
  const at = slackTime(deletion.eventTs);
  return mutateDrill({ ...ctx, now: () => at }, drillId, "mirror_chat", async (tx) => {
    if (!(await claimSlackEvent(tx, deletion.eventId))) return null;
    const messageSeq = await mirroredMessageSeq(tx, drillId, deletion.ts);
    const author = messageSeq === null ? null : await tx.timelineEvent.findUnique({ where: { drillId_seq: { drillId, seq: messageSeq } }, select: { actorType: true, actorId: true, actorName: true } });
    // Slack does not say who deleted it; the author is the only one who can, bar admins.
    const as = { ...ctx, now: () => at, ...(author?.actorId ? { actor: { type: "participant" as const, id: author.actorId, name: author.actorName, drillId } } : {}) };
    return appendEvent(tx, as, drillId, { kind: "chat.deleted", ref: slackRef(deletion.ts), body: { ts: deletion.ts, messageSeq } });
  });
}
