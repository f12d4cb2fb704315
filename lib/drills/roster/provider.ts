import type { Ctx } from "../../context";
import { dbOf } from "../../context/transaction";
import { NotFoundError } from "../../errors";

/** Read before a roster change's transaction: directory lookups must not run under the drill's lock. */
export async function drillChatProvider(ctx: Ctx, drillId: string): Promise<string> {
  const drill = await dbOf(ctx).drill.findUnique({ where: { id: drillId }, select: { chatProvider: true } });
  if (!drill) throw new NotFoundError("Drill", drillId);
  return drill.chatProvider;
}
