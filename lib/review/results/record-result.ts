import type { Tx } from "../../context/transaction";
import type { Prisma } from "../../db/generated/client";
import type { DrillReport } from "../report/types";
import { figuresOfReport } from "./figures";
import { respondersOf } from "./responders";

const STAFF_ACTORS = new Set(["admin", "facilitator", "observer"]);

/**
 * Stores what analytics reads of a closed drill, from its frozen report, in the close's transaction (or, for drills
 * closed before results existed, from their stored snapshot). Idempotent: a drill has one result, the latest close's.
 */
export async function recordDrillResult(tx: Tx, drillId: string, report: DrillReport, contentHash: string): Promise<boolean> {
  const drill = await tx.drill.findUniqueOrThrow({ where: { id: drillId }, select: { scenarioId: true, exerciseId: true, outcome: true, startedAt: true, endedAt: true } });
  // A drill that never started (aborted while planned) has no figures to compare.
  if (!drill.outcome || !drill.startedAt || !drill.endedAt || !report.drill.closedAt) return false;
  const started = await tx.timelineEvent.findFirst({ where: { drillId, kind: "drill.started" }, select: { actorName: true, actorId: true, actorType: true } });
  const figures = figuresOfReport(report);
  const closedAt = new Date(report.drill.closedAt);
  const data = {
    ...figures,
    ratings: figures.ratings as Prisma.InputJsonObject,
    scenarioId: drill.scenarioId,
    exerciseId: drill.exerciseId,
    facilitator: started?.actorName ?? "unknown",
    facilitatorId: started && STAFF_ACTORS.has(started.actorType) ? started.actorId : null,
    outcome: drill.outcome,
    startedAt: drill.startedAt,
    endedAt: drill.endedAt,
    closedAt,
    contentHash,
  };
  await tx.drillResult.upsert({ where: { drillId }, create: { drillId, ...data }, update: data });
  await tx.responderResult.deleteMany({ where: { drillId } });
  const responders = await respondersOf(tx, drillId, report);
  if (responders.length) await tx.responderResult.createMany({ data: responders.map((person) => ({ drillId, closedAt, ...person })) });
  return true;
}

/** A reopened drill is not a result until it closes again. */
export async function forgetDrillResult(tx: Tx, drillId: string): Promise<void> {
  await tx.responderResult.deleteMany({ where: { drillId } });
  await tx.drillResult.deleteMany({ where: { drillId } });
}
