import type { z } from "zod";
import type { Ctx } from "../../../context";
import { dbOf } from "../../../context/transaction";
import { mutateDrill } from "../../../drills/internal/mutate";
import { appendEvent } from "../../../timeline/append";
import type { TimelineEventView } from "../../../timeline/events";
import { parseOrThrow } from "../../../validation";
import { claimSlackEvent } from "./claim-event";
import { drillOfSlackChannel } from "./drill-of-channel";
import { slackParticipantActor, slackUserNames } from "./people";
import { slackJoinSchema } from "./schemas";
import { slackTime } from "./slack-time";

/** Someone joined a drill's Slack channel (invited by the bot or on their own). */
export async function mirrorSlackJoin({ ctx, input }: { ctx: Ctx; input: z.input<typeof slackJoinSchema> }): Promise<TimelineEventView | null> {
  const join = parseOrThrow(slackJoinSchema, input);
  const drillId = await drillOfSlackChannel(ctx, join.channel);
  if (!drillId) return null;
  const names = await slackUserNames(dbOf(ctx), drillId, [join.user]);
  const actor = await slackParticipantActor(dbOf(ctx), drillId, join.user, names[join.user] ?? join.user);
  const at = slackTime(join.eventTs);
  const as = { ...ctx, actor, now: () => at };
  return mutateDrill(as, drillId, "mirror_chat", async (tx) => {
    if (!(await claimSlackEvent(tx, join.eventId))) return null;
    return appendEvent(tx, as, drillId, { kind: "participant.joined", body: { participantId: actor.id, displayName: actor.name, provider: "slack" } });
  });
}
