import type { Ctx } from "../../context";
import { dbOf } from "../../context/transaction";
import { getDrillOrThrow } from "../internal/get-drill";

/** Read before a roster change's transaction: directory lookups must not run under the drill's lock. */
export async function drillChatProvider(ctx: Ctx, drillId: string): Promise<string> {
  const drill = await getDrillOrThrow(dbOf(ctx), drillId, { select: { chatProvider: true } });
  return drill.chatProvider;
}
