import { postToChannel } from "../chat";
import type { Ctx } from "../context";
import { ConflictError } from "../errors";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { assertNotYet, findItem, mutateDrill } from "./mutate";
import { releaseHintSchema } from "./schemas";

/** Releases the given hint, or the first one not yet released. */
export async function releaseHint({ ctx, input }: { ctx: Ctx; input: { drillId: string; data: unknown } }): Promise<TimelineEventView> {
  const { hintId } = parseOrThrow(releaseHintSchema, input.data);
  const { event, channel, number, text } = await mutateDrill(ctx, input.drillId, "release_hint", async (tx, drill) => {
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
    const ref = `hint:${hint.id}`;
    const number = hints.indexOf(hint) + 1;
    await assertNotYet(tx, drill.id, ref, `Releasing hint ${number}`);
    const event = await appendEvent(tx, ctx, drill.id, { kind: "hint.released", ref, body: { hintId: hint.id, number, text: hint.text } });
    return { event, number, text: hint.text, channel: { drillId: drill.id, channelToken: drill.channelToken, provider: drill.chatProvider } };
  });
  await postToChannel(channel, { kind: "hint", number, text });
  return event;
}
