import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { dbOf } from "../context/transaction";
import { clockView, type DrillSummary } from "./view";

export async function listDrills({ ctx, input }: { ctx: Ctx; input: { scenarioId?: string; limit?: number } }): Promise<DrillSummary[]> {
  authorize(ctx, "drill.read");
  const drills = await dbOf(ctx).drill.findMany({
    where: input.scenarioId ? { scenarioId: input.scenarioId } : {},
    orderBy: { createdAt: "desc" },
    take: input.limit ?? 100,
  });
  const now = nowOf(ctx);
  return drills.map((drill) => ({
    id: drill.id,
    title: drill.title,
    publicTitle: drill.publicTitle,
    status: drill.status,
    scenarioId: drill.scenarioId,
    createdAt: drill.createdAt.toISOString(),
    clock: clockView(drill, now),
    demo: drill.demo,
  }));
}
