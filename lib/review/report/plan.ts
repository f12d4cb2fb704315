import type { Db } from "../../db/client";
import type { Prisma } from "../../db/generated/client";
import { ACTION_PRIORITIES, audienceLabel, compareAudiences } from "../../drill-model/hot-wash";
import { MILESTONE_LABELS } from "../../drill-model/milestones";
import type { Milestone } from "../../drill-model/milestone-names";
import type { ReportActionItem, ReportPlan } from "./types";

type ActionRow = Prisma.ActionItemGetPayload<{ include: { retroItem: { select: { text: true } } } }>;

const priorityRank = (priority: string) => ACTION_PRIORITIES.indexOf(priority as (typeof ACTION_PRIORITIES)[number]);

/** Report order: by audience (as the retrospective), then priority, then the earliest due; ids break ties so a frozen report never depends on row order. */
function compareItems(a: ActionRow, b: ActionRow): number {
  const due = (row: ActionRow) => row.dueDate?.toISOString() ?? "9999";
  return compareAudiences(a.audience, b.audience) || priorityRank(a.priority) - priorityRank(b.priority) || due(a).localeCompare(due(b)) || a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);
}

async function titlesOf(db: Db, rows: readonly ActionRow[]) {
  const scenarioIds = [...new Set(rows.flatMap((row) => (row.verifyScenarioId ? [row.verifyScenarioId] : [])))];
  const drillIds = [...new Set(rows.flatMap((row) => (row.verifiedDrillId ? [row.verifiedDrillId] : [])))];
  const scenarios = scenarioIds.length ? await db.scenario.findMany({ where: { id: { in: scenarioIds } }, select: { id: true, title: true } }) : [];
  const drills = drillIds.length ? await db.drill.findMany({ where: { id: { in: drillIds } }, select: { id: true, title: true } }) : [];
  return { scenarios: new Map(scenarios.map((row) => [row.id, row.title])), drills: new Map(drills.map((row) => [row.id, row.title])) };
}

function itemOf(row: ActionRow, titles: Awaited<ReturnType<typeof titlesOf>>): ReportActionItem {
  const milestone = row.verifyMilestone as Milestone | null;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    owner: row.owner,
    dueDate: row.dueDate ? row.dueDate.toISOString().slice(0, 10) : null,
    priority: row.priority,
    status: row.status,
    category: row.category,
    audience: row.audience,
    audienceLabel: audienceLabel(row.audience),
    trackerUrl: row.trackerUrl,
    fromRetro: row.retroItem?.text ?? null,
    verify: row.verifyScenarioId
      ? {
          scenarioId: row.verifyScenarioId,
          // A scenario deleted since is still named by its id rather than dropped.
          scenarioTitle: titles.scenarios.get(row.verifyScenarioId) ?? row.verifyScenarioId,
          milestone,
          milestoneLabel: milestone ? (MILESTONE_LABELS[milestone] ?? milestone) : null,
        }
      : null,
    verifiedBy: row.verifiedDrillId && row.verifiedAt ? { drillId: row.verifiedDrillId, title: titles.drills.get(row.verifiedDrillId) ?? row.verifiedDrillId, at: row.verifiedAt.toISOString() } : null,
  };
}

/** The improvement plan of a drill or of an exercise (its own items, not its drills'), as the report shows it. */
export async function planOf(db: Db, owner: { drillId: string } | { exerciseId: string }): Promise<ReportPlan> {
  const rows = await db.actionItem.findMany({ where: owner, include: { retroItem: { select: { text: true } } } });
  const titles = await titlesOf(db, rows);
  return { items: [...rows].sort(compareItems).map((row) => itemOf(row, titles)) };
}
