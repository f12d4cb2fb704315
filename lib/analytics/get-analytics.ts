import type { z } from "zod";
import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { nowOf } from "../context";
import { dbOf } from "../context/transaction";
import { audienceLabel, UNFINISHED_STATUSES } from "../drill-model/hot-wash";
import { env } from "../env";
import { dayOnCalendar } from "./calendar";
import { parseOrThrow } from "../validation";
import { periodsOf, scenariosOf, teamTrendsOf, type PeriodFigures, type ScenarioFigures, type TeamTrend } from "./aggregate";
import { choicesOf, type AnalyticsChoices } from "./choices";
import { closedResultsOf, notYetClosedOf } from "./closed-results";
import { exercisesOf, type ExerciseFigures, type PlanItem } from "./exercises";
import { analyticsFiltersSchema, type AnalyticsFilters } from "./filters";

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
  /** How many of them are seeded demo drills. */
  demoDrills: number;
  /** Ended drills not closed yet that these filters would count: not counted until their report is final. */
  notYetClosed: number;
  outcomes: Record<string, number>;
  periods: PeriodFigures[];
  teams: TeamTrend[];
  scenarios: ScenarioFigures[];
  /** Game days with closed drills among those counted, side by side. */
  exercises: ExerciseFigures[];
  plan: PlanHealth[];
  /** What the filters can choose from. */
  choices: AnalyticsChoices;
}

/**
 * Outcomes, times per team, scenario and game day, hints, survey averages and plan health across closed drills, from
 * their stored results (never their timelines). Every figure says how many drills it rests on.
 */
export async function getAnalytics({ ctx, input }: { ctx: Ctx; input: { filters: z.input<typeof analyticsFiltersSchema> } }): Promise<AnalyticsView> {
  authorize(ctx, "drill.read");
  const filters = parseOrThrow(analyticsFiltersSchema, input.filters);
  const timeZone = env().DRILLROOM_TIMEZONE;
  const db = dbOf(ctx);
  const rows = await closedResultsOf(db, filters, timeZone);
  const exerciseIds = [...new Set(rows.flatMap((row) => (row.exerciseId ? [row.exerciseId] : [])))];
  const [notYetClosed, choices, items, exercises] = await Promise.all([
    notYetClosedOf(db, filters, timeZone),
    choicesOf(db),
    db.actionItem.findMany({
      where: { OR: [{ drillId: { in: rows.map((row) => row.drillId) } }, { exerciseId: { in: exerciseIds } }] },
      select: { drillId: true, exerciseId: true, audience: true, status: true, dueDate: true, verifiedAt: true },
    }),
    db.exercise.findMany({ where: { id: { in: exerciseIds } }, select: { id: true, name: true, date: true } }),
  ]);
  const outcomes: Record<string, number> = {};
  for (const row of rows) outcomes[row.outcome] = (outcomes[row.outcome] ?? 0) + 1;
  return {
    filters,
    timeZone,
    drills: rows.length,
    demoDrills: rows.filter((row) => row.demo).length,
    notYetClosed,
    outcomes,
    periods: periodsOf(rows, timeZone),
    teams: teamTrendsOf(rows, timeZone),
    scenarios: scenariosOf(rows),
    exercises: exercisesOf(rows, exercises.map((exercise) => ({ ...exercise, date: exercise.date.toISOString().slice(0, 10) })), items),
    plan: planHealthOf(items, dayOnCalendar(timeZone)(nowOf(ctx))),
    choices,
  };
}

/** Action items of the drills counted (and of their game days), by the audience they are addressed to. */
function planHealthOf(items: readonly (PlanItem & { audience: string; dueDate: Date | null })[], today: string): PlanHealth[] {
  const health = new Map<string, PlanHealth>();
  for (const item of items) {
    const entry = health.get(item.audience) ?? { audience: item.audience, label: audienceLabel(item.audience), opened: 0, done: 0, overdue: 0, verified: 0 };
    entry.opened += 1;
    if (item.status === "done") entry.done += 1;
    if ((UNFINISHED_STATUSES as readonly string[]).includes(item.status) && item.dueDate && item.dueDate.toISOString().slice(0, 10) < today) entry.overdue += 1;
    if (item.verifiedAt) entry.verified += 1;
    health.set(item.audience, entry);
  }
  return [...health.values()].sort((a, b) => a.label.localeCompare(b.label));
}
