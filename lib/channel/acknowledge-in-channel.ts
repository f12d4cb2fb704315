import type { z } from "zod";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { acknowledgeAlert, type Acknowledgement } from "../drills/acknowledge-alert";
import { parseOrThrow } from "../validation";
import { keyHolder } from "./channel-participant";
import { enterBuiltinChannel } from "./get-channel";
import { acknowledgeInChannelSchema } from "./schemas";

/** The Acknowledge button on a page in the built-in channel: the same acknowledgement as Slack's, by the key's holder. */
export async function acknowledgeInChannel({ ctx, input }: { ctx: Ctx; input: { token: string; secret?: string | null; data: z.input<typeof acknowledgeInChannelSchema> } }): Promise<Acknowledgement> {
  const { alertId } = parseOrThrow(acknowledgeInChannelSchema, input.data);
  const { drill } = await enterBuiltinChannel(ctx, input.token);
  const actor = await keyHolder(dbOf(ctx), drill.id, input.secret);
  return acknowledgeAlert({ ctx: { ...ctx, actor }, input: { drillId: drill.id, data: { alertId, via: "channel" } } });
}
