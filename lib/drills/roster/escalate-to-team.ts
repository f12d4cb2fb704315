import type { z } from "zod";
import { queueChannelPost } from "../../chat";
import type { Ctx } from "../../context";
import { nowOf } from "../../context";
import { milestoneReached, writeMilestone } from "../milestones/store";
import { assertNotYet, mutateDrill } from "../internal/mutate";
import { ConflictError } from "../../errors";
import { appendEvent } from "../../timeline/append";
import type { TimelineEventView } from "../../timeline/events";
import { parseOrThrow } from "../../validation";
import { escalateSchema } from "./schemas";
import { chatPerson } from "./view";

/**
 * "Escalate to team X": brings the team's escalation responders into the channel and, the first time
 * any team is escalated, records the `escalated` milestone with the escalation as its evidence.
 */
export async function escalateToTeam({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof escalateSchema> } }): Promise<TimelineEventView> {
  const { team } = parseOrThrow(escalateSchema, input.data);
  return mutateDrill(ctx, input.drillId, "escalate", async (tx, drill) => {
    const members = await tx.rosterMember.findMany({ where: { drillId: drill.id, role: "escalation_responder", team }, orderBy: { position: "asc" } });
    if (members.length === 0) throw new ConflictError(`Cannot escalate to ${team}: the roster has no escalation responders in that team.`);
    await assertNotYet(tx, drill.id, `escalation:${team}`, `Escalation to ${team}`);
    const now = nowOf(ctx);
    await tx.rosterMember.updateMany({ where: { id: { in: members.map((member) => member.id) } }, data: { escalatedAt: now, invitedAt: now } });
    const people = members.map((member) => member.name);
    const event = await appendEvent(tx, ctx, drill.id, { kind: "team.escalated", ref: `escalation:${team}`, body: { team, people } });
    if (!(await milestoneReached(tx, drill.id, "escalated")))
      await writeMilestone(tx, ctx, drill.id, { milestone: "escalated", note: `Escalated to ${team}`, evidenceSeq: event.id });
    const channel = { drillId: drill.id, channelToken: drill.channelToken, provider: drill.chatProvider };
    await queueChannelPost(tx, channel, { kind: "escalation", team, people: members.map(chatPerson) });
    return event;
  });
}
