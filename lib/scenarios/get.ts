import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { NotFoundError } from "../errors";
import { toScenarioView, type ScenarioView } from "./view";

export async function getScenario({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ScenarioView> {
  authorize(ctx, "scenario.read");
  const scenario = await dbOf(ctx).scenario.findUnique({ where: { id: input.id } });
  if (!scenario) throw new NotFoundError("Scenario", input.id);
  const revision = await dbOf(ctx).scenarioRevision.findUniqueOrThrow({
    where: { scenarioId_number: { scenarioId: scenario.id, number: scenario.currentRevision } },
  });
  return toScenarioView(scenario, revision);
}
