import { authorize } from "../../auth/authorize";
import type { Ctx } from "../../context";
import { dbOf } from "../../context/transaction";
import { NotFoundError } from "../../errors";
import type { ScenarioDefinition } from "../schemas";
import { readDefinition } from "../upgrade";

export interface RevisionView {
  scenarioId: string;
  number: number;
  createdAt: string;
  definition: ScenarioDefinition;
}

/** One saved revision, exactly as it was saved (upgraded to the current schema version for reading). */
export async function getRevision({ ctx, input }: { ctx: Ctx; input: { scenarioId: string; number: number } }): Promise<RevisionView> {
  authorize(ctx, "scenario.read");
  const row = await dbOf(ctx).scenarioRevision.findUnique({ where: { scenarioId_number: { scenarioId: input.scenarioId, number: input.number } } });
  if (!row) throw new NotFoundError(`Revision ${input.number} of scenario`, input.scenarioId);
  return { scenarioId: row.scenarioId, number: row.number, createdAt: row.createdAt.toISOString(), definition: readDefinition(row.definition) };
}
