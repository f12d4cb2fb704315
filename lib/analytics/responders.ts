import { dayOnCalendar } from "./calendar";
import { groupBy, type ResultRow } from "./aggregate";
import { spreadOf } from "./stats";

/** One person's stored part in one closed drill (a ResponderResult row). */
export interface ResponderRow {
  drillId: string;
  personKey: string;
  name: string;
  role: string;
  team: string | null;
  firstResponseMs: number | null;
  acknowledgeMs: number | null;
}

export interface ResponderDrill {
  drillId: string;
  /** The day the drill started, on the team's calendar. */
  day: string;
  startedAt: string;
  scenarioTitle: string;
  role: string;
  team: string | null;
  firstResponseMs: number | null;
  acknowledgeMs: number | null;
}

/** How one time went over a person's drills: the median, their first and latest measured time, and the change. */
export interface Growth {
  /** Drills it was measured in. */
  n: number;
  median: number | null;
  first: number | null;
  latest: number | null;
  /** latest − first: negative is faster. Null below two measured drills. */
  change: number | null;
}

export interface ResponderFigures {
  personKey: string;
  /** As the latest drill's roster called them. */
  name: string;
  drills: number;
  roles: Record<string, number>;
  teams: string[];
  firstResponse: Growth;
  acknowledge: Growth;
  /** Oldest first. */
  history: ResponderDrill[];
}

export function growthOf(values: readonly (number | null)[]): Growth {
  const measured = values.filter((value): value is number => value !== null);
  const first = measured[0] ?? null;
  const latest = measured.at(-1) ?? null;
  return { n: measured.length, median: spreadOf(measured).median, first, latest, change: measured.length >= 2 ? latest! - first! : null };
}

/** Each person across the drills counted, most drills first. Pure. */
export function respondersOf(rows: readonly ResultRow[], parts: readonly ResponderRow[], timeZone: string): ResponderFigures[] {
  const drills = new Map(rows.map((row) => [row.drillId, row]));
  const day = dayOnCalendar(timeZone);
  return [...groupBy(parts.filter((part) => drills.has(part.drillId)), (part) => part.personKey)]
    .map(([personKey, theirs]) => {
      const history = theirs
        .map((part) => ({ part, drill: drills.get(part.drillId)! }))
        .sort((a, b) => a.drill.startedAt.getTime() - b.drill.startedAt.getTime())
        .map(({ part, drill }) => ({
          drillId: part.drillId,
          day: day(drill.startedAt),
          startedAt: drill.startedAt.toISOString(),
          scenarioTitle: drill.scenarioTitle,
          role: part.role,
          team: part.team,
          firstResponseMs: part.firstResponseMs,
          acknowledgeMs: part.acknowledgeMs,
        }));
      const roles: Record<string, number> = {};
      for (const part of theirs) roles[part.role] = (roles[part.role] ?? 0) + 1;
      const latest = theirs.find((part) => part.drillId === history.at(-1)!.drillId)!;
      return {
        personKey,
        name: latest.name,
        drills: history.length,
        roles,
        teams: [...new Set(theirs.flatMap((part) => (part.team ? [part.team] : [])))].sort((a, b) => a.localeCompare(b)),
        firstResponse: growthOf(history.map((entry) => entry.firstResponseMs)),
        acknowledge: growthOf(history.map((entry) => entry.acknowledgeMs)),
        history,
      };
    })
    .sort((a, b) => b.drills - a.drills || a.name.localeCompare(b.name));
}
