import type { Ctx } from "../context";
import { ForbiddenError } from "../errors";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { mutateDrill } from "../drills/mutate";
import { enterBuiltinChannel } from "./get-channel";
import { postMessageSchema } from "./schemas";

/** A participant's message in the drill channel, mirrored into the timeline. */
export async function postMessage({ ctx, input }: { ctx: Ctx; input: { token: string; data: unknown } }): Promise<TimelineEventView> {
  const { participantId, text } = parseOrThrow(postMessageSchema, input.data);
  const { drill, ctx: guest } = await enterBuiltinChannel(ctx, input.token);
  const drillId = drill.id;
  return mutateDrill(guest, drillId, "post_message", async (tx) => {
    const participant = await tx.participant.findUnique({ where: { id: participantId } });
    if (!participant || participant.drillId !== drillId) throw new ForbiddenError("Join the channel with a display name before posting.");
    const actor = { type: "participant" as const, id: participant.id, name: participant.displayName, drillId };
    return appendEvent(tx, { ...guest, actor }, drillId, { kind: "chat.message", body: { participantId, text } });
  });
}
