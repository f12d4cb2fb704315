import { dayOnCalendar } from "./calendar";
import { calibrate, type Calibration } from "./calibration";
import { meanOf, spreadOf, type Spread } from "./stats";

/** The stored figures of one closed drill that analytics reads (a DrillResult row). */
export interface ResultRow {
  drillId: string;
  scenarioId: string;
  scenarioTitle: string;
  exerciseId: string | null;
  facilitator: string;
  declaredDifficulty: string;
  outcome: string;
  startedAt: Date;
  timeBoxMinutes: number;
  teams: string[];
  acknowledgeMs: number | null;
  escalateMs: number | null;
  mitigateMs: number | null;
  hintsUsed: number;
  surveyAnswers: number;
  difficultyAvg: number | null;
  usefulnessAvg: number | null;
  enjoymentAvg: number | null;
}

export interface TimesSpread {
  acknowledge: Spread;
  escalate: Spread;
  mitigate: Spread;
}

export interface PeriodFigures {
  /** "2026-12": the month the drills started in, on the team's calendar. */
  period: string;
  drills: number;
  outcomes: Record<string, number>;
  times: TimesSpread;
  hintsPerDrill: number | null;
  survey: { difficulty: number | null; usefulness: number | null; enjoyment: number | null; drills: number };
}

export interface TeamTrend {
  team: string;
  drills: number;
  periods: { period: string; drills: number; times: TimesSpread }[];
}

export interface ScenarioFigures {
  scenarioId: string;
  title: string;
  runs: number;
  mitigated: number;
  successRate: number;
  times: TimesSpread;
  hintsPerRun: number;
  survey: { difficulty: number | null; usefulness: number | null; enjoyment: number | null; drills: number };
  calibration: Calibration;
}

export const timesOf = (rows: readonly ResultRow[]): TimesSpread => ({
  acknowledge: spreadOf(rows.map((row) => row.acknowledgeMs)),
  escalate: spreadOf(rows.map((row) => row.escalateMs)),
  mitigate: spreadOf(rows.map((row) => row.mitigateMs)),
});

/** Survey averages across drills: each drill's average counts once (hidden ones, below 3 answers, not at all). */
export const surveyOf = (rows: readonly ResultRow[]) => {
  const difficulty = meanOf(rows.map((row) => row.difficultyAvg));
  return { difficulty: difficulty.mean, usefulness: meanOf(rows.map((row) => row.usefulnessAvg)).mean, enjoyment: meanOf(rows.map((row) => row.enjoymentAvg)).mean, drills: difficulty.n };
};

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = key(item);
    const group = groups.get(name);
    if (group) group.push(item);
    else groups.set(name, [item]);
  }
  return groups;
}

export const countBy = (rows: readonly ResultRow[], key: (row: ResultRow) => string) => Object.fromEntries([...groupBy(rows, key)].map(([name, group]) => [name, group.length]));

export function periodsOf(rows: readonly ResultRow[], timeZone: string): PeriodFigures[] {
  const day = dayOnCalendar(timeZone);
  const byPeriod = groupBy(rows, (row) => day(row.startedAt).slice(0, 7));
  return [...byPeriod]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, group]) => ({
      period,
      drills: group.length,
      outcomes: countBy(group, (row) => row.outcome),
      times: timesOf(group),
      hintsPerDrill: meanOf(group.map((row) => row.hintsUsed)).mean,
      survey: surveyOf(group),
    }));
}

export function teamTrendsOf(rows: readonly ResultRow[], timeZone: string): TeamTrend[] {
  const teams = [...new Set(rows.flatMap((row) => row.teams))].sort((a, b) => a.localeCompare(b));
  const day = dayOnCalendar(timeZone);
  return teams.map((team) => {
    const theirs = rows.filter((row) => row.teams.includes(team));
    const periods = [...groupBy(theirs, (row) => day(row.startedAt).slice(0, 7))].sort(([a], [b]) => a.localeCompare(b));
    return { team, drills: theirs.length, periods: periods.map(([period, group]) => ({ period, drills: group.length, times: timesOf(group) })) };
  });
}

export function scenariosOf(rows: readonly ResultRow[]): ScenarioFigures[] {
  return [...groupBy(rows, (row) => row.scenarioId)]
    .map(([scenarioId, group]) => {
      const mitigated = group.filter((row) => row.outcome === "mitigated").length;
      const successRate = mitigated / group.length;
      const hintsPerRun = group.reduce((sum, row) => sum + row.hintsUsed, 0) / group.length;
      const times = timesOf(group);
      const newest = group.reduce((a, b) => (a.startedAt > b.startedAt ? a : b));
      const timeShare = times.mitigate.median === null ? 1 : times.mitigate.median / (newest.timeBoxMinutes * 60_000);
      return {
        scenarioId,
        title: newest.scenarioTitle,
        runs: group.length,
        mitigated,
        successRate: Math.round(successRate * 1000) / 1000,
        times,
        hintsPerRun: Math.round(hintsPerRun * 100) / 100,
        survey: surveyOf(group),
        calibration: calibrate({ declared: newest.declaredDifficulty, runs: group.length, successRate, hintsPerRun, timeShare }),
      };
    })
    .sort((a, b) => b.runs - a.runs || a.title.localeCompare(b.title));
}
