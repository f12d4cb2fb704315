import { authorize } from "../auth/authorize";
import { z } from "zod";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { inTransaction } from "../context/transaction";
import { parseOrThrow } from "../validation";
import { getScenario } from "./get";
import type { ScenarioView } from "./view";
import { getScenarioOrThrow } from "./get-or-throw";

export const archiveScenarioSchema = z.object({
  archived: z.boolean({ error: "must be true (archive) or false (restore)" }),
});

/**
 * Archiving hides a scenario from the library and refuses new drills from it; nothing is deleted, so drills
 * already run keep their history and a restore brings it back as it was.
 */
export async function archiveScenario({ ctx, input }: { ctx: Ctx; input: { id: string; data: z.input<typeof archiveScenarioSchema> } }): Promise<ScenarioView> {
  authorize(ctx, "scenario.write");
  const { archived } = parseOrThrow(archiveScenarioSchema, input.data);
  return inTransaction(ctx, async (tx) => {
    const scenario = await getScenarioOrThrow(tx, input.id, { select: { archivedAt: true } });
    // Archiving twice keeps the first date: it says since when the scenario has been out of use.
    if (archived !== (scenario.archivedAt !== null))
      await tx.scenario.update({ where: { id: input.id }, data: { archivedAt: archived ? nowOf(ctx) : null } });
    return getScenario({ ctx: { ...ctx, tx }, input: { id: input.id } });
  });
}
