import type { z } from "zod";
import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import { env } from "../env";
import { ForbiddenError } from "../errors";
import { readSettings } from "../settings/read-settings";
import { parseOrThrow } from "../validation";
import { closedResultsOf } from "./closed-results";
import { analyticsFiltersSchema, type AnalyticsFilters } from "./filters";
import { respondersOf, type ResponderFigures } from "./responders";

export const RESPONDERS_SWITCHED_OFF = "An admin switched per-person figures off in drillroom's settings: analytics shows teams and scenarios only.";

export interface ResponderAnalyticsView {
  filters: AnalyticsFilters;
  timeZone: string;
  /** Closed drills counted; people appear from those with a roster email or a Slack id (guests are left out). */
  drills: number;
  people: ResponderFigures[];
}

/**
 * Each responder across the closed drills the filters select: drills taken and in which role, and how their first
 * response and acknowledgement times went. For facilitators and admins only, and only while an admin leaves it on.
 */
export async function getResponderAnalytics({ ctx, input }: { ctx: Ctx; input: { filters: z.input<typeof analyticsFiltersSchema> } }): Promise<ResponderAnalyticsView> {
  authorize(ctx, "analytics.people");
  const db = dbOf(ctx);
  if (!(await readSettings(db)).responderAnalytics) throw new ForbiddenError(RESPONDERS_SWITCHED_OFF);
  const filters = parseOrThrow(analyticsFiltersSchema, input.filters);
  const timeZone = env().DRILLROOM_TIMEZONE;
  const rows = await closedResultsOf(db, filters, timeZone);
  const parts = await db.responderResult.findMany({
    where: { drillId: { in: rows.map((row) => row.drillId) } },
    select: { drillId: true, personKey: true, name: true, role: true, team: true, firstResponseMs: true, acknowledgeMs: true },
  });
  return { filters, timeZone, drills: rows.length, people: respondersOf(rows, parts, timeZone) };
}
