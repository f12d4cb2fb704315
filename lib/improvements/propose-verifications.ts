import type { Tx } from "../context/transaction";
import { systemActor } from "../context";
import { recordChange } from "./internal/references";
import { criterionWords } from "./view";

export interface ClosingDrill {
  id: string;
  title: string;
  scenarioId: string;
  startedAt: Date | null;
}

/**
 * Called inside the close's transaction, with the frozen report's criteria: every open question "did a later drill of
 * this scenario prove the item fixed?" that this drill answers yes gets a proposal for a facilitator to confirm. Only
 * items made before this drill started count (never the drill an item came from), and a drill proposes an item once,
 * however often it is reopened and closed, also after its proposal was dismissed.
 */
export async function proposeVerifications(tx: Tx, { drill, criteria, at = new Date() }: { drill: ClosingDrill; criteria: readonly { milestone: string; met: boolean }[]; at?: Date }): Promise<string[]> {
  if (!drill.startedAt) return [];
  const candidates = await tx.actionItem.findMany({
    where: { verifyScenarioId: drill.scenarioId, verifiedAt: null, proposedDrillId: null, createdAt: { lt: drill.startedAt }, OR: [{ drillId: null }, { drillId: { not: drill.id } }] },
    select: { id: true, verifyMilestone: true },
  });
  const met = (milestone: string | null) => (milestone ? criteria.some((criterion) => criterion.milestone === milestone && criterion.met) : criteria.length > 0 && criteria.every((criterion) => criterion.met));
  const meeting = candidates.filter((item) => met(item.verifyMilestone));
  if (meeting.length === 0) return [];
  const already = await tx.actionItemChange.findMany({ where: { itemId: { in: meeting.map((item) => item.id) }, kind: "proposed", detail: { path: ["drillId"], equals: drill.id } }, select: { itemId: true } });
  const proposedBefore = new Set(already.map((change) => change.itemId));
  const proposed: string[] = [];
  for (const item of meeting) {
    if (proposedBefore.has(item.id)) continue;
    await tx.actionItem.update({ where: { id: item.id }, data: { proposedDrillId: drill.id, proposedAt: at } });
    await recordChange(tx, { itemId: item.id, actorName: systemActor.name, kind: "proposed", detail: { drillId: drill.id, drillTitle: drill.title, met: criterionWords(item.verifyMilestone) }, at });
    proposed.push(item.id);
  }
  return proposed;
}
