import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors";

type ScenarioArgs = Omit<Prisma.ScenarioFindUniqueArgs, "where">;

/** The scenario with this id, read as `args` asks (select/include), or a 404 naming it. */
export async function getScenarioOrThrow<A extends ScenarioArgs = object>(db: Db, scenarioId: string, args?: A): Promise<Prisma.ScenarioGetPayload<A>> {
  const scenario = await db.scenario.findUnique({ ...args, where: { id: scenarioId } });
  if (!scenario) throw new NotFoundError("Scenario", scenarioId);
  return scenario as Prisma.ScenarioGetPayload<A>;
}
