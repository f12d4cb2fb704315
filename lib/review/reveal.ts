import { queueChannelPost } from "../chat";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { channelOf } from "../drills/script/deliver";
import { mutateDrill } from "../drills/internal/mutate";
import { ConflictError } from "../errors";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";

/**
 * The hot wash: participants see the root cause and the model answer, in the built-in channel (the event is for
 * everyone) and in Slack. Once per drill; until then both stay hidden from them.
 */
export async function revealAnswer({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<TimelineEventView> {
  return mutateDrill(ctx, input.drillId, "reveal", async (tx, drill) => {
    if (drill.revealedAt) throw new ConflictError(`The answer was already revealed at ${drill.revealedAt.toISOString()}.`);
    const { rootCause, modelAnswer } = drill.script;
    const event = await appendEvent(tx, ctx, drill.id, { kind: "answer.revealed", body: { rootCause, modelAnswer } });
    await tx.drill.update({ where: { id: drill.id }, data: { revealedAt: nowOf(ctx) } });
    await queueChannelPost(tx, channelOf(drill), { kind: "reveal", rootCause, modelAnswer });
    return event;
  });
}
