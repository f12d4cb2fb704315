import type { prisma } from "../../db/client";
import type { DrillReport } from "../report/types";
import { recordDrillResult } from "./record-result";

/**
 * Fills in the result of every closed drill that has none (closed before results existed), from its latest stored
 * snapshot: the frozen report, never the timeline. Returns how many it wrote; a second call writes none.
 */
export async function backfillDrillResults(db: ReturnType<typeof prisma>): Promise<number> {
  const missing = await db.drill.findMany({ where: { status: "closed", result: null }, select: { id: true } });
  let written = 0;
  for (const { id } of missing) {
    const snapshot = await db.reportSnapshot.findFirst({ where: { drillId: id }, orderBy: { id: "desc" }, select: { content: true, contentHash: true } });
    if (!snapshot) continue;
    if (await db.$transaction((tx) => recordDrillResult(tx, id, snapshot.content as unknown as DrillReport, snapshot.contentHash))) written += 1;
  }
  return written;
}
