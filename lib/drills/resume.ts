import type { Ctx } from "../context";
import { nowOf } from "../context";
import { InvalidStateError } from "../errors";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { mutateDrill } from "./internal/mutate";
import { wakeScheduler } from "./script/wake";

/** Restarts the clock; every pending item keeps its place on the drill clock, so all of them shift by the pause. */
export async function resumeDrill({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<TimelineEventView> {
  const resumedAt = nowOf(ctx);
  const at = { ...ctx, now: () => resumedAt };
  const event = await mutateDrill(at, input.drillId, "resume", async (tx, drill) => {
    if (!drill.pausedAt) throw new InvalidStateError("Cannot resume the clock: it is not paused.");
    const pausedForMs = resumedAt.getTime() - drill.pausedAt.getTime();
    await tx.drill.update({ where: { id: drill.id }, data: { pausedAt: null, pausedMs: drill.pausedMs + pausedForMs } });
    return appendEvent(tx, at, drill.id, { kind: "drill.resumed", body: { pausedForMs } });
  });
  await wakeScheduler(input.drillId);
  return event;
}
