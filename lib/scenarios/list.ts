import type { Ctx } from "../context";
import { dbOf } from "../db/transaction";
import type { ScenarioSummary } from "./view";

export interface ListScenariosInput {
  q?: string;
  includeArchived?: boolean;
}

export async function listScenarios({ ctx, input }: { ctx: Ctx; input: ListScenariosInput }): Promise<ScenarioSummary[]> {
  const q = input.q?.trim();
  const rows = await dbOf(ctx).scenario.findMany({
    where: {
      ...(input.includeArchived ? {} : { archivedAt: null }),
      ...(q
        ? { OR: [{ title: { contains: q, mode: "insensitive" as const } }, { summary: { contains: q, mode: "insensitive" as const } }, { components: { has: q } }, { tags: { has: q } }] }
        : {}),
    },
    orderBy: { updatedAt: "desc" },
    include: { _count: { select: { drills: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    summary: row.summary,
    components: row.components,
    tags: row.tags,
    timeBoxMinutes: row.timeBoxMinutes,
    revision: row.currentRevision,
    updatedAt: row.updatedAt.toISOString(),
    drillCount: row._count.drills,
  }));
}
