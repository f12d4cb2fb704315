import type { z } from "zod";
import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { dbOf } from "../context/transaction";
import type { Prisma } from "../db/generated/client";
import { ENDED_STATUSES } from "../drill-model/state-machine";
import { audienceLabel, UNFINISHED_STATUSES } from "../drill-model/hot-wash";
import { env } from "../env";
import { dayOnCalendar } from "./calendar";
import { parseOrThrow } from "../validation";
import { periodsOf, scenariosOf, teamTrendsOf, type PeriodFigures, type ResultRow, type ScenarioFigures, type TeamTrend } from "./aggregate";
import { analyticsFiltersSchema, type AnalyticsFilters } from "./filters";

const DAY_MS = 86_400_000;

export interface PlanHealth {
  audience: string;
  label: string;
  opened: number;
  done: number;
  overdue: number;
  verified: number;
}

export interface AnalyticsView {
  filters: AnalyticsFilters;
  timeZone: string;
  /** Closed drills the figures rest on. */
  drills: number;
  /** Ended drills not closed yet: not counted until their report is final. */
  notYetClosed: number;
  outcomes: Record<string, number>;
  periods: PeriodFigures[];
  teams: TeamTrend[];
  scenarios: ScenarioFigures[];
  plan: PlanHealth[];
  /** What the filters can choose from. */
  choices: { scenarios: { id: string; title: string }[]; teams: string[]; facilitators: string[] };
}

function whereOf(filters: AnalyticsFilters): Prisma.DrillResultWhereInput {
  // A day on the team's calendar is within a day of the same UTC day; the exact cut is made on the rows.
  const from = filters.from ? new Date(Date.parse(`${filters.from}T00:00:00Z`) - DAY_MS) : undefined;
  const to = filters.to ? new Date(Date.parse(`${filters.to}T00:00:00Z`) + 2 * DAY_MS) : undefined;
  return {
    ...(filters.scenarioId ? { scenarioId: filters.scenarioId } : {}),
    ...(filters.team ? { teams: { has: filters.team } } : {}),
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(filters.facilitator ? { facilitator: filters.facilitator } : {}),
    ...(from || to ? { startedAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {}),
  };
}

/**
 * Outcomes, times per team and scenario, hints, survey averages and plan health across closed drills, from their stored
 * results (never their timelines). Every figure says how many drills it rests on.
 */
export async function getAnalytics({ ctx, input }: { ctx: Ctx; input: { filters: z.input<typeof analyticsFiltersSchema> } }): Promise<AnalyticsView> {
  authorize(ctx, "drill.read");
  const filters = parseOrThrow(analyticsFiltersSchema, input.filters);
  const timeZone = env().DRILLROOM_TIMEZONE;
  const db = dbOf(ctx);
  const stored = await db.drillResult.findMany({ where: whereOf(filters), include: { drill: { select: { scenario: { select: { title: true } } } } }, orderBy: { startedAt: "asc" } });
  const day = dayOnCalendar(timeZone);
  const rows: ResultRow[] = stored
    .filter((row) => (!filters.from || day(row.startedAt) >= filters.from) && (!filters.to || day(row.startedAt) <= filters.to))
    .map((row) => ({ ...row, scenarioTitle: row.drill.scenario.title }));
  const [notYetClosed, choices, plan] = await Promise.all([
    db.drill.count({ where: { status: { in: [...ENDED_STATUSES, "in_review"] }, ...(filters.scenarioId ? { scenarioId: filters.scenarioId } : {}) } }),
    choicesOf(db),
    planHealthOf(db, rows, day(nowOf(ctx))),
  ]);
  const outcomes: Record<string, number> = {};
  for (const row of rows) outcomes[row.outcome] = (outcomes[row.outcome] ?? 0) + 1;
  return { filters, timeZone, drills: rows.length, notYetClosed, outcomes, periods: periodsOf(rows, timeZone), teams: teamTrendsOf(rows, timeZone), scenarios: scenariosOf(rows), plan, choices };
}

async function choicesOf(db: ReturnType<typeof dbOf>): Promise<AnalyticsView["choices"]> {
  const all = await db.drillResult.findMany({ select: { scenarioId: true, teams: true, facilitator: true, drill: { select: { scenario: { select: { title: true } } } } } });
  const scenarios = new Map(all.map((row) => [row.scenarioId, row.drill.scenario.title]));
  const sorted = (values: Iterable<string>) => [...new Set(values)].sort((a, b) => a.localeCompare(b));
  return {
    scenarios: [...scenarios].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title)),
    teams: sorted(all.flatMap((row) => row.teams)),
    facilitators: sorted(all.map((row) => row.facilitator)),
  };
}

/** Action items of the drills counted (and of their game days), by the audience they are addressed to. */
async function planHealthOf(db: ReturnType<typeof dbOf>, rows: readonly ResultRow[], today: string): Promise<PlanHealth[]> {
  const exerciseIds = [...new Set(rows.flatMap((row) => (row.exerciseId ? [row.exerciseId] : [])))];
  const items = await db.actionItem.findMany({
    where: { OR: [{ drillId: { in: rows.map((row) => row.drillId) } }, { exerciseId: { in: exerciseIds } }] },
    select: { audience: true, status: true, dueDate: true, verifiedAt: true },
  });
  const health = new Map<string, PlanHealth>();
  for (const item of items) {
    const entry = health.get(item.audience) ?? { audience: item.audience, label: audienceLabel(item.audience), opened: 0, done: 0, overdue: 0, verified: 0 };
    entry.opened += 1;
    if (item.status === "done") entry.done += 1;
    if (UNFINISHED_STATUSES.includes(item.status) && item.dueDate && item.dueDate.toISOString().slice(0, 10) < today) entry.overdue += 1;
    if (item.verifiedAt) entry.verified += 1;
    health.set(item.audience, entry);
  }
  return [...health.values()].sort((a, b) => a.label.localeCompare(b.label));
}
