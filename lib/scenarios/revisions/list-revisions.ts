import { authorize } from "../../auth/authorize";
import type { Ctx } from "../../context";
import { dbOf } from "../../context/transaction";
import { getScenarioOrThrow } from "../get-or-throw";

export interface RevisionSummary {
  number: number;
  createdAt: string;
  title: string;
  /** Drills frozen from this revision. */
  drillCount: number;
}

/** Every saved revision of a scenario, newest first, without loading whole documents. */
export async function listRevisions({ ctx, input }: { ctx: Ctx; input: { scenarioId: string } }): Promise<RevisionSummary[]> {
  authorize(ctx, "scenario.read");
  const db = dbOf(ctx);
  await getScenarioOrThrow(db, input.scenarioId, { select: { id: true } });
  const rows = await db.$queryRaw<{ number: number; createdAt: Date; title: string | null; drillCount: number }[]>`
    SELECT r.number, r."createdAt", r.definition->>'title' AS title,
           (SELECT count(*)::int FROM "Drill" d WHERE d."revisionId" = r.id) AS "drillCount"
      FROM "ScenarioRevision" r WHERE r."scenarioId" = ${input.scenarioId}
     ORDER BY r.number DESC`;
  return rows.map((row) => ({ number: row.number, createdAt: row.createdAt.toISOString(), title: row.title ?? "", drillCount: row.drillCount }));
}
