import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { toScenarioView, type ScenarioView } from "./view";
import { getScenarioOrThrow } from "./get-or-throw";

export async function getScenario({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ScenarioView> {
  authorize(ctx, "scenario.read");
  const scenario = await getScenarioOrThrow(dbOf(ctx), input.id);
  const revision = await dbOf(ctx).scenarioRevision.findUniqueOrThrow({
    where: { scenarioId_number: { scenarioId: scenario.id, number: scenario.currentRevision } },
  });
  return toScenarioView(scenario, revision);
}
