import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { readinessSummaries, summaryOf } from "./readiness-summary";
import type { ScenarioSummary } from "./view";

export interface ListScenariosInput {
  q?: string;
  /** Exact tag and target component, as the library's filters pick them. */
  tag?: string;
  component?: string;
  includeArchived?: boolean;
}

export async function listScenarios({ ctx, input }: { ctx: Ctx; input: ListScenariosInput }): Promise<ScenarioSummary[]> {
  authorize(ctx, "scenario.read");
  const q = input.q?.trim();
  const rows = await dbOf(ctx).scenario.findMany({
    where: {
      ...(input.includeArchived ? {} : { archivedAt: null }),
      ...(input.tag ? { tags: { has: input.tag } } : {}),
      ...(input.component ? { components: { has: input.component } } : {}),
      ...(q
        ? { OR: [{ title: { contains: q, mode: "insensitive" as const } }, { summary: { contains: q, mode: "insensitive" as const } }, { components: { has: q } }, { tags: { has: q } }] }
        : {}),
    },
    orderBy: { updatedAt: "desc" },
    include: { _count: { select: { drills: true } } },
  });
  const readiness = await readinessSummaries(dbOf(ctx), rows.map((row) => row.id));
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
    archived: row.archivedAt !== null,
    readiness: summaryOf(readiness, row.id),
  }));
}
