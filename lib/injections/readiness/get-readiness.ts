import { authorize } from "../../auth/authorize";
import type { Ctx } from "../../context";
import { dbOf } from "../../context/transaction";
import { readDefinition } from "../../scenarios/upgrade";
import { READINESS_ITEMS, type ReadinessItemName } from "./schemas";
import { readinessSummaries, summaryOf } from "../../scenarios/readiness-summary";
import { toCheckView, toDryRunView, type ReadinessCheckView, type ReadinessView } from "./views";
import { getScenarioOrThrow } from "../../scenarios/get-or-throw";

const HISTORY_LIMIT = 50;
const DRY_RUN_LIMIT = 5;

/** The checklist's current state, its history, and the latest dry runs of one scenario. */
export async function getReadiness({ ctx, input }: { ctx: Ctx; input: { scenarioId: string } }): Promise<ReadinessView> {
  authorize(ctx, "scenario.read");
  const db = dbOf(ctx);
  const scenarioId = input.scenarioId;
  const scenario = await getScenarioOrThrow(db, scenarioId, { select: { id: true, currentRevision: true } });
  const newest = [{ createdAt: "desc" as const }, { id: "desc" as const }];
  const [revision, latest, history, dryRuns, summaries] = await Promise.all([
    db.scenarioRevision.findUniqueOrThrow({ where: { scenarioId_number: { scenarioId, number: scenario.currentRevision } }, select: { definition: true } }),
    Promise.all(READINESS_ITEMS.map((item) => db.readinessCheck.findFirst({ where: { scenarioId, item }, orderBy: newest }))),
    db.readinessCheck.findMany({ where: { scenarioId }, orderBy: newest, take: HISTORY_LIMIT }),
    db.dryRun.findMany({ where: { scenarioId }, orderBy: [{ startedAt: "desc" }, { id: "desc" }], take: DRY_RUN_LIMIT }),
    readinessSummaries(db, [scenarioId]),
  ]);
  const items = Object.fromEntries(READINESS_ITEMS.map((item, index) => [item, latest[index] ? toCheckView(latest[index]) : null])) as Record<ReadinessItemName, ReadinessCheckView | null>;
  const { environment } = readDefinition(revision.definition);
  return {
    scenarioId,
    currentRevision: scenario.currentRevision,
    environment: { name: environment.name, protected: environment.protected },
    items,
    history: history.map(toCheckView),
    dryRuns: dryRuns.map(toDryRunView),
    summary: summaryOf(summaries, scenarioId),
  };
}
