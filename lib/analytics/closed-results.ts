import type { Db } from "../db/client";
import type { Prisma } from "../db/generated/client";
import { ENDED_STATUSES } from "../drill-model/state-machine";
import type { ResultRow } from "./aggregate";
import { dayOnCalendar } from "./calendar";
import type { AnalyticsFilters } from "./filters";

const DAY_MS = 86_400_000;

/** A day on the team's calendar is within a day of the same UTC day; the exact cut is made on the rows. */
function roughDates(filters: AnalyticsFilters): Prisma.DateTimeFilter | undefined {
  const from = filters.from ? new Date(Date.parse(`${filters.from}T00:00:00Z`) - DAY_MS) : undefined;
  const to = filters.to ? new Date(Date.parse(`${filters.to}T00:00:00Z`) + 2 * DAY_MS) : undefined;
  return from || to ? { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } : undefined;
}

function resultWhere(filters: AnalyticsFilters): Prisma.DrillResultWhereInput {
  const startedAt = roughDates(filters);
  return {
    ...(filters.scenarioId ? { scenarioId: filters.scenarioId } : {}),
    ...(filters.team ? { teams: { has: filters.team } } : {}),
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(filters.facilitatorId ? { facilitatorId: filters.facilitatorId } : {}),
    ...(filters.facilitator ? { facilitator: filters.facilitator } : {}),
    ...(filters.demo === "exclude" ? { drill: { demo: false } } : {}),
    ...(startedAt ? { startedAt } : {}),
  };
}

const withinDays = (filters: AnalyticsFilters, timeZone: string) => {
  const day = dayOnCalendar(timeZone);
  return (at: Date) => (!filters.from || day(at) >= filters.from) && (!filters.to || day(at) <= filters.to);
};

export interface CountedRow extends ResultRow {
  facilitatorId: string | null;
  demo: boolean;
}

/** The stored results of the closed drills the filters select, oldest first. */
export async function closedResultsOf(db: Db, filters: AnalyticsFilters, timeZone: string): Promise<CountedRow[]> {
  const stored = await db.drillResult.findMany({ where: resultWhere(filters), include: { drill: { select: { demo: true, scenario: { select: { title: true } } } } }, orderBy: { startedAt: "asc" } });
  const within = withinDays(filters, timeZone);
  return stored.filter((row) => within(row.startedAt)).map(({ drill, ...row }) => ({ ...row, scenarioTitle: drill.scenario.title, demo: drill.demo }));
}

/**
 * Ended drills not closed yet that the same filters would count once closed: the team is the drill's roster team, the
 * facilitator whoever started it.
 */
export async function notYetClosedOf(db: Db, filters: AnalyticsFilters, timeZone: string): Promise<number> {
  const startedAt = roughDates(filters);
  const starter = { ...(filters.facilitatorId ? { actorId: filters.facilitatorId } : {}), ...(filters.facilitator ? { actorName: filters.facilitator } : {}) };
  const drills = await db.drill.findMany({
    where: {
      status: { in: [...ENDED_STATUSES, "in_review"] },
      ...(filters.scenarioId ? { scenarioId: filters.scenarioId } : {}),
      ...(filters.team ? { roster: { some: { team: filters.team } } } : {}),
      ...(filters.outcome ? { outcome: filters.outcome } : {}),
      ...(filters.facilitatorId || filters.facilitator ? { events: { some: { kind: "drill.started", ...starter } } } : {}),
      ...(filters.demo === "exclude" ? { demo: false } : {}),
      // A drill aborted before it started has no figures, closed or not.
      startedAt: startedAt ?? { not: null },
    },
    select: { startedAt: true },
  });
  const within = withinDays(filters, timeZone);
  return drills.filter((drill) => drill.startedAt && within(drill.startedAt)).length;
}
