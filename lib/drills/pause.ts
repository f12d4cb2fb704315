import type { Ctx } from "../context";
import { nowOf } from "../context";
import { InvalidStateError } from "../errors";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { mutateDrill } from "./internal/mutate";

/** Stops the drill clock: nothing in the script comes due while paused, and the time box stands still. */
export async function pauseDrill({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<TimelineEventView> {
  const pausedAt = nowOf(ctx);
  const at = { ...ctx, now: () => pausedAt };
  return mutateDrill(at, input.drillId, "pause", async (tx, drill) => {
    if (drill.pausedAt) throw new InvalidStateError("Cannot pause the clock: it is already paused.");
    const event = await appendEvent(tx, at, drill.id, { kind: "drill.paused", body: {} });
    await tx.drill.update({ where: { id: drill.id }, data: { pausedAt } });
    return event;
  });
}
