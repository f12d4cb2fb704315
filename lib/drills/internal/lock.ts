import type { Drill } from "../../db/generated/client";
import type { Tx } from "../../context/transaction";
import type { ScenarioDefinition } from "../../scenarios/schemas";
import { readDefinition } from "../../scenarios/upgrade";

export type LockedDrill = Omit<Drill, "script"> & { script: ScenarioDefinition };

/**
 * Takes the drill's row lock for the rest of the transaction, so every change to one drill (a verb, the scheduler,
 * an abort's rollbacks) serializes here, then reads the row as it stands under the lock. Null when there is no such drill.
 */
export async function lockDrill(tx: Tx, drillId: string): Promise<LockedDrill | null> {
  await tx.$queryRaw`SELECT 1 FROM "Drill" WHERE "id" = ${drillId} FOR UPDATE`;
  const row = await tx.drill.findUnique({ where: { id: drillId } });
  return row ? { ...row, script: readDefinition(row.script) } : null;
}
