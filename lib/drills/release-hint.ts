import type { z } from "zod";
import { queueChannelPost } from "../chat";
import type { Ctx } from "../context";
import { ConflictError } from "../errors";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { findItem, mutateDrill } from "./internal/mutate";
import { releaseHintSchema } from "./schemas";
import { channelOf, deliverHint } from "./script/deliver";

/** Releases the given hint, or the first one not yet released. */
export async function releaseHint({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: z.input<typeof releaseHintSchema> } }): Promise<TimelineEventView> {
  const { hintId } = parseOrThrow(releaseHintSchema, input.data);
  return mutateDrill(ctx, input.drillId, "release_hint", async (tx, drill) => {
    const hints = drill.script.hints;
    let hint;
    if (hintId) {
      hint = findItem(hints, hintId, "Hint");
    } else {
      const released = await tx.timelineEvent.findMany({ where: { drillId: drill.id, kind: "hint.released" }, select: { ref: true } });
      const releasedRefs = new Set(released.map((event) => event.ref));
      hint = hints.find((candidate) => !releasedRefs.has(`hint:${candidate.id}`));
      if (!hint) throw new ConflictError(hints.length ? "Every hint has been released already." : "This scenario has no hints.");
    }
    const delivery = await deliverHint(tx, ctx, drill, hint);
    await queueChannelPost(tx, channelOf(drill), delivery.post);
    return delivery.event;
  });
}
