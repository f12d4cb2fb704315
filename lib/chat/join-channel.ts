import type { Ctx } from "../context";
import { appendEvent } from "../timeline/append";
import { parseOrThrow } from "../validation";
import { mutateDrill } from "../drills/mutate";
import { enterBuiltinChannel } from "./get-channel";
import { joinChannelSchema } from "./schemas";

export interface JoinedParticipant {
  participantId: string;
  displayName: string;
}

export async function joinChannel({ ctx, input }: { ctx: Ctx; input: { token: string; data: unknown } }): Promise<JoinedParticipant> {
  const { displayName } = parseOrThrow(joinChannelSchema, input.data);
  const { drill, ctx: guest } = await enterBuiltinChannel(ctx, input.token);
  const drillId = drill.id;
  return mutateDrill(guest, drillId, "join_channel", async (tx) => {
    const participant = await tx.participant.create({ data: { drillId, displayName } });
    const actor = { type: "participant" as const, id: participant.id, name: displayName, drillId };
    await appendEvent(tx, { ...guest, actor }, drillId, { kind: "participant.joined", body: { participantId: participant.id, displayName } });
    return { participantId: participant.id, displayName };
  });
}
