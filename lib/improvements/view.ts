import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { audienceLabel, type ActionCategory, type ActionPriority, type ActionStatus } from "../drill-model/hot-wash";
import { MILESTONE_LABELS } from "../drill-model/milestones";
import type { Milestone } from "../drill-model/milestone-names";
import { env } from "../env";
import { NotFoundError } from "../errors";
import { dateToDay, daysOverdue, todayIn } from "./overdue";

/** Today on the team's calendar (DRILLROOM_TIMEZONE unless another zone is given). */
export function teamToday(now: Date, timeZone: string = env().DRILLROOM_TIMEZONE): string {
  return todayIn(timeZone, now);
}

/** An action item as the pages show it: where it came from, how late it is, and what should prove it fixed. */
export interface ActionItemView {
  id: string;
  title: string;
  description: string;
  owner: string;
  /** YYYY-MM-DD */
  dueDate: string | null;
  /** Days past the due date on the team's calendar, while unfinished; null otherwise. */
  daysOverdue: number | null;
  priority: ActionPriority;
  status: ActionStatus;
  category: ActionCategory;
  audience: string;
  audienceLabel: string;
  trackerUrl: string | null;
  drill: { id: string; title: string; scenarioId: string; status: string } | null;
  exercise: { id: string; name: string } | null;
  retroItem: { id: string; text: string } | null;
  /** A later drill of this scenario should prove it fixed: meeting this criterion, or every criterion when none is named. */
  verify: { scenarioId: string; scenarioTitle: string; milestone: Milestone | null; milestoneLabel: string | null } | null;
  /** A later drill met it: waiting for a facilitator to confirm or dismiss. */
  proposal: { drillId: string; drillTitle: string; at: string; criterion: string } | null;
  verification: { drillId: string; drillTitle: string; at: string; by: string } | null;
  createdBy: string;
  createdAt: string;
}

export const itemInclude = {
  drill: { select: { id: true, title: true, scenarioId: true, status: true } },
  exercise: { select: { id: true, name: true } },
  retroItem: { select: { id: true, text: true } },
} satisfies Prisma.ActionItemInclude;

export type ItemRow = Prisma.ActionItemGetPayload<{ include: typeof itemInclude }>;

/** What a proposal says the drill met: the named criterion, or all of them. */
export function criterionWords(milestone: string | null): string {
  return milestone ? (MILESTONE_LABELS[milestone as Milestone] ?? milestone) : "every success criterion";
}

/** The rows as views; the drills and scenarios they name only by id are read in two queries for the lot. */
export async function toItemViews(db: Db, rows: ItemRow[], today: string): Promise<ActionItemView[]> {
  const drillIds = [...new Set(rows.flatMap((row) => [row.proposedDrillId, row.verifiedDrillId].filter((one): one is string => one !== null)))];
  const scenarioIds = [...new Set(rows.flatMap((row) => (row.verifyScenarioId ? [row.verifyScenarioId] : [])))];
  const [drills, scenarios] = await Promise.all([
    drillIds.length ? db.drill.findMany({ where: { id: { in: drillIds } }, select: { id: true, title: true } }) : [],
    scenarioIds.length ? db.scenario.findMany({ where: { id: { in: scenarioIds } }, select: { id: true, title: true } }) : [],
  ]);
  const drillTitle = new Map(drills.map((drill) => [drill.id, drill.title]));
  const scenarioTitle = new Map(scenarios.map((scenario) => [scenario.id, scenario.title]));
  return rows.map((row) => {
    const dueDate = dateToDay(row.dueDate);
    const milestone = (row.verifyMilestone as Milestone | null) ?? null;
    return {
      id: row.id,
      title: row.title,
      description: row.description,
      owner: row.owner,
      dueDate,
      daysOverdue: daysOverdue(dueDate, row.status, today),
      priority: row.priority,
      status: row.status,
      category: row.category,
      audience: row.audience,
      audienceLabel: audienceLabel(row.audience),
      trackerUrl: row.trackerUrl,
      drill: row.drill,
      exercise: row.exercise,
      retroItem: row.retroItem,
      verify: row.verifyScenarioId
        ? { scenarioId: row.verifyScenarioId, scenarioTitle: scenarioTitle.get(row.verifyScenarioId) ?? "(deleted scenario)", milestone, milestoneLabel: milestone ? MILESTONE_LABELS[milestone] : null }
        : null,
      proposal:
        row.proposedDrillId && row.proposedAt && !row.verifiedAt
          ? { drillId: row.proposedDrillId, drillTitle: drillTitle.get(row.proposedDrillId) ?? "(deleted drill)", at: row.proposedAt.toISOString(), criterion: criterionWords(milestone) }
          : null,
      verification:
        row.verifiedDrillId && row.verifiedAt
          ? { drillId: row.verifiedDrillId, drillTitle: drillTitle.get(row.verifiedDrillId) ?? "(deleted drill)", at: row.verifiedAt.toISOString(), by: row.verifiedBy ?? "" }
          : null,
      createdBy: row.createdBy,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

export async function itemRowOrThrow(db: Db, id: string): Promise<ItemRow> {
  const row = await db.actionItem.findUnique({ where: { id }, include: itemInclude });
  if (!row) throw new NotFoundError("Action item", id);
  return row;
}
