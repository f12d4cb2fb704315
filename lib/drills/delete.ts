import { recordAudit } from "../audit/record";
import type { Ctx } from "../context";
import { InvalidStateError } from "../errors";
import { mutateDrill } from "./internal/mutate";

/**
 * Removes a drill that never started (a mistaken "Run drill", a duplicate), with its roster and share
 * links. A drill that started is evidence for its review: end or abort it instead.
 */
export async function deleteDrill({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<{ id: string; title: string }> {
  try {
    return await mutateDrill(ctx, input.drillId, "delete", async (tx, drill) => {
      await recordAudit(tx, ctx, { action: "drill.deleted", target: { type: "drill", id: drill.id }, detail: { title: drill.title, publicTitle: drill.publicTitle, scenarioId: drill.scenarioId } });
      // Everything the drill holds (timeline, roster, share links, outbox) goes with it (ON DELETE CASCADE).
      await tx.drill.delete({ where: { id: drill.id } });
      return { id: drill.id, title: drill.title };
    });
  } catch (error) {
    if (error instanceof InvalidStateError) throw new InvalidStateError(`${error.message} Only a planned drill can be deleted; end or abort it instead, and its timeline stays for the review.`);
    throw error;
  }
}
