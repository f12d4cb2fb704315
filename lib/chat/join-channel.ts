import type { Ctx } from "../context";
import { appendEvent } from "../timeline/append";
import { parseOrThrow } from "../validation";
import { mutateDrill } from "../drills/mutate";
import { findBuiltinChannelDrill } from "./get-channel";
import { joinChannelSchema } from "./schemas";

export interface JoinedParticipant {
  participantId: string;
  displayName: string;
}

export async function joinChannel({ ctx, input }: { ctx: Ctx; input: { token: string; data: unknown } }): Promise<JoinedParticipant> {
  const { displayName } = parseOrThrow(joinChannelSchema, input.data);
  const { id: drillId } = await findBuiltinChannelDrill(ctx, input.token);
  return mutateDrill(ctx, drillId, "join_channel", async (tx) => {
    const participant = await tx.participant.create({ data: { drillId, displayName } });
    const actor = { type: "participant" as const, id: participant.id, name: displayName };
    await appendEvent(tx, { ...ctx, actor }, drillId, { kind: "participant.joined", body: { participantId: participant.id, displayName } });
    return { participantId: participant.id, displayName };
  });
}
