import { prisma } from "../../lib/db/client";
import { createDrill } from "../../lib/drills/create";
import { endDrill } from "../../lib/drills/end";
import { recordMilestone } from "../../lib/drills/milestones/record-milestone";
import { startDrill } from "../../lib/drills/start";
import type { Milestone } from "../../lib/drill-model/milestone-names";
import { beginReview } from "../../lib/review/begin-review";
import { closeDrill } from "../../lib/review/close";
import { createTestScenario, staffCtx } from "../factories";
import { makeRoster } from "../support/roster";

export const ctx = staffCtx();

/** Two success criteria, so an item can name one of them, or neither (then both must be met). */
export const CRITERIA = {
  successCriteria: [
    { milestone: "acknowledged" as const, withinMinutes: 10 },
    { milestone: "mitigated" as const, withinMinutes: 30 },
  ],
};

export async function scenarioWithCriteria() {
  return (await createTestScenario(CRITERIA)).scenario;
}

/** A planned drill of the scenario with the reference roster (teams Match and API). */
export async function drillOf(scenarioId: string): Promise<string> {
  return (await createDrill({ ctx, input: { scenarioId, roster: makeRoster() } })).id;
}

export async function runDrill(drillId: string, reach: Milestone[]): Promise<void> {
  await startDrill({ ctx, input: { drillId } });
  for (const milestone of reach) await recordMilestone({ ctx, input: { drillId, data: { milestone } } });
  await endDrill({ ctx, input: { drillId, data: { outcome: reach.includes("mitigated") ? "mitigated" : "failed" } } });
}

export async function reviewAndClose(drillId: string): Promise<void> {
  await beginReview({ ctx, input: { drillId } });
  await closeDrill({ ctx, input: { drillId } });
}

/** A later drill of the scenario, run reaching `reach`, reviewed and closed. */
export async function closedDrillReaching(scenarioId: string, reach: Milestone[]): Promise<string> {
  const drillId = await drillOf(scenarioId);
  await runDrill(drillId, reach);
  await reviewAndClose(drillId);
  return drillId;
}

export async function itemRow(id: string) {
  return prisma().actionItem.findUniqueOrThrow({ where: { id } });
}

export async function historyOf(id: string) {
  return prisma().actionItemChange.findMany({ where: { itemId: id }, orderBy: { id: "asc" } });
}
