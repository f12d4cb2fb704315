import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { createScenario } from "./create";
import { referenceScenarios } from "./seed-data/index";

const seedId = (index: number) => `reference-scenario-${index + 1}`;

/** Idempotent: a reference scenario that exists (even edited since) is left alone. */
export async function seedReferenceScenarios({ ctx }: { ctx: Ctx }): Promise<{ created: number }> {
  authorize(ctx, "scenario.write");
  let created = 0;
  for (const [index, definition] of referenceScenarios.entries()) {
    const id = seedId(index);
    if (await dbOf(ctx).scenario.findUnique({ where: { id }, select: { id: true } })) continue;
    try {
      await createScenario({ ctx, input: { id, definition } });
      created += 1;
    } catch (error) {
      // Another instance seeding at the same moment won the race for this id.
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
  }
  return { created };
}
