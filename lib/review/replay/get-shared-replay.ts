import type { Ctx } from "../../context";
import { openShareLink } from "../../share-links/open-share-link";
import { getReplay } from "./get-replay";
import type { ReplayView } from "./types";

/** A share link's holder replays its drill as a viewer: no observer notes. Unknown, revoked and expired links are a 404. */
export async function getSharedReplay({ ctx, input }: { ctx: Ctx; input: { token: string } }): Promise<ReplayView> {
  const link = await openShareLink(ctx, input.token);
  return getReplay({ ctx: link.ctx, input: { drillId: link.drillId } });
}
