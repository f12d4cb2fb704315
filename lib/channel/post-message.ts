import type { z } from "zod";
import type { Ctx } from "../context";
import { appendEvent } from "../timeline/append";
import type { TimelineEventView } from "../timeline/events";
import { parseOrThrow } from "../validation";
import { mutateDrill } from "../drills/internal/mutate";
import { keyHolder } from "./channel-participant";
import { enterBuiltinChannel } from "./get-channel";
import { postMessageSchema } from "./schemas";

/** A participant's message in the drill channel, mirrored into the timeline. The speaker is the key's holder, never a body field. */
export async function postMessage({ ctx, input }: { ctx: Ctx; input: { token: string; secret?: string | null; data: z.input<typeof postMessageSchema> } }): Promise<TimelineEventView> {
  const { text } = parseOrThrow(postMessageSchema, input.data);
  const { drill, ctx: guest } = await enterBuiltinChannel(ctx, input.token);
  const drillId = drill.id;
  return mutateDrill(guest, drillId, "post_message", async (tx) => {
    const actor = await keyHolder(tx, drillId, input.secret);
    return appendEvent(tx, { ...guest, actor }, drillId, { kind: "chat.message", body: { participantId: actor.id, text } });
  });
}
