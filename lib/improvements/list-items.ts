import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { dbOf } from "../context/transaction";
import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { AUDIENCE_TEAM_PREFIX, UNFINISHED_STATUSES, teamAudience } from "../drill-model/hot-wash";
import { parseOrThrow } from "../validation";
import { dayToDate } from "./overdue";
import { listFiltersSchema, type ListFilters } from "./schemas";
import { itemInclude, teamToday, toItemViews, type ActionItemView } from "./view";

export interface ActionItemList {
  items: ActionItemView[];
  /** Over every item, whatever the filters: what the page's counters say. */
  counts: { open: number; overdue: number; proposed: number };
  /** What the filters can choose from, over every item. */
  facets: { owners: string[]; teams: string[]; scenarios: { id: string; title: string }[] };
}

const LIMIT = 1000;
const unfinished = { in: [...UNFINISHED_STATUSES] };
const proposedWhere = { proposedDrillId: { not: null }, verifiedAt: null } satisfies Prisma.ActionItemWhereInput;

function whereOf(filters: ReturnType<typeof listFiltersSchema.parse>, today: Date): Prisma.ActionItemWhereInput {
  const and: Prisma.ActionItemWhereInput[] = [];
  const status = filters.status ?? "all";
  if (status === "open") and.push({ status: unfinished });
  if (status === "overdue") and.push({ status: unfinished, dueDate: { lt: today } });
  if (status === "done") and.push({ status: { in: ["done", "wont_do"] } });
  // A team's name, or an audience key ("everyone", "facilitators", "team:<name>").
  if (filters.team) and.push({ audience: filters.team === "everyone" || filters.team === "facilitators" || filters.team.startsWith(AUDIENCE_TEAM_PREFIX) ? filters.team : teamAudience(filters.team) });
  if (filters.owner) and.push({ owner: { equals: filters.owner, mode: "insensitive" } });
  if (filters.drillId) and.push({ drillId: filters.drillId });
  if (filters.exerciseId) and.push({ exerciseId: filters.exerciseId });
  // Items from drills of the scenario, and items a later drill of it should verify.
  if (filters.scenarioId) and.push({ OR: [{ drill: { scenarioId: filters.scenarioId } }, { verifyScenarioId: filters.scenarioId }] });
  if (filters.verification === "proposed") and.push(proposedWhere);
  if (filters.verification === "verified") and.push({ verifiedAt: { not: null } });
  return { AND: and };
}

/** The scenarios items came from or should be verified by. */
async function scenarioFacet(db: Db) {
  const verifying = await db.actionItem.findMany({ distinct: ["verifyScenarioId"], where: { verifyScenarioId: { not: null } }, select: { verifyScenarioId: true } });
  const ids = verifying.flatMap((row) => (row.verifyScenarioId ? [row.verifyScenarioId] : []));
  return db.scenario.findMany({ where: { OR: [{ drills: { some: { actionItems: { some: {} } } } }, { id: { in: ids } }] }, select: { id: true, title: true }, orderBy: { title: "asc" } });
}

/**
 * Every action item across drills and game days that match the filters, soonest due first. Overdue is judged on the
 * team's calendar (DRILLROOM_TIMEZONE): an item due today is not overdue anywhere in the world until the team's midnight.
 */
export async function listItems({ ctx, input = {} }: { ctx: Ctx; input?: { filters?: ListFilters; timeZone?: string } }): Promise<ActionItemList> {
  authorize(ctx, "drill.read");
  const filters = parseOrThrow(listFiltersSchema, input.filters ?? {});
  const db = dbOf(ctx);
  const today = teamToday(nowOf(ctx), input.timeZone);
  const todayDate = dayToDate(today);
  const [rows, open, overdue, proposed, owners, audiences, scenarios] = await Promise.all([
    db.actionItem.findMany({ where: whereOf(filters, todayDate), include: itemInclude, orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }], take: LIMIT }),
    db.actionItem.count({ where: { status: unfinished } }),
    db.actionItem.count({ where: { status: unfinished, dueDate: { lt: todayDate } } }),
    db.actionItem.count({ where: proposedWhere }),
    db.actionItem.findMany({ distinct: ["owner"], select: { owner: true }, orderBy: { owner: "asc" } }),
    db.actionItem.findMany({ distinct: ["audience"], select: { audience: true }, where: { audience: { startsWith: AUDIENCE_TEAM_PREFIX } }, orderBy: { audience: "asc" } }),
    scenarioFacet(db),
  ]);
  return {
    items: await toItemViews(db, rows, today),
    counts: { open, overdue, proposed },
    facets: { owners: owners.map((row) => row.owner), teams: audiences.map((row) => row.audience.slice(AUDIENCE_TEAM_PREFIX.length)), scenarios },
  };
}
