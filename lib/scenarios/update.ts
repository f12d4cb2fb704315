import { z } from "zod";
import { authorize } from "../auth/authorize";
import type { Prisma } from "../db/generated/client";
import type { Ctx } from "../context";
import { inTransaction } from "../context/transaction";
import { ConflictError, NotFoundError } from "../errors";
import { int32 } from "../input/numbers";
import { parseOrThrow } from "../validation";
import { scenarioDefinitionSchema } from "./schemas";
import { upgradeDefinition } from "./upgrade";
import { listingFields, toScenarioView, type ScenarioView } from "./view";

export const saveScenarioSchema = z.object({
  /** The revision the editor started from; a newer one means someone else saved in between. */
  baseRevision: int32({ min: 1, error: "is required: the revision you edited", notWhole: "must be a revision number", tooSmall: "must be a revision number", tooBig: "must be a revision number" }),
  /** Unknown until upgraded: older document versions are accepted. */
  definition: z.unknown(),
});

export type UpdateScenarioInput = { id: string } & z.input<typeof saveScenarioSchema>;

/** Saving never rewrites history: it appends a revision, and drills keep the one they ran. */
export async function updateScenario({ ctx, input }: { ctx: Ctx; input: UpdateScenarioInput }): Promise<ScenarioView> {
  authorize(ctx, "scenario.write");
  const { baseRevision } = parseOrThrow(saveScenarioSchema, input);
  const definition = parseOrThrow(scenarioDefinitionSchema, upgradeDefinition(input.definition), ["definition"]);
  return inTransaction(ctx, async (tx) => {
    const locked = await tx.$queryRaw<{ currentRevision: number }[]>`
      SELECT "currentRevision" FROM "Scenario" WHERE "id" = ${input.id} FOR UPDATE`;
    const current = locked[0];
    if (!current) throw new NotFoundError("Scenario", input.id);
    if (current.currentRevision !== baseRevision)
      throw new ConflictError(
        `This scenario was saved by someone else in the meantime (now revision ${current.currentRevision}, you edited revision ${baseRevision}). Copy your changes, reload, and apply them again.`,
      );
    const number = current.currentRevision + 1;
    const revision = await tx.scenarioRevision.create({
      data: { scenarioId: input.id, number, definition: definition as Prisma.InputJsonValue },
    });
    const scenario = await tx.scenario.update({ where: { id: input.id }, data: { ...listingFields(definition), currentRevision: number } });
    return toScenarioView(scenario, revision);
  });
}
