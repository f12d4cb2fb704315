import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { keyHolder } from "./channel-participant";
import { enterBuiltinChannel } from "./get-channel";

/**
 * For the channel's routes: the link, and the participant key where acting needs one, are checked before the body
 * is read, so a caller who may not act hears that rather than what is wrong with the fields. The verbs check again.
 */
export async function checkChannelCaller({ ctx, input }: { ctx: Ctx; input: { token: string; secret?: string | null; needsKey: boolean } }): Promise<void> {
  const { drill } = await enterBuiltinChannel(ctx, input.token);
  if (input.needsKey) await keyHolder(dbOf(ctx), drill.id, input.secret);
}
