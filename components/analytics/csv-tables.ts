import { ENDED_STATUSES } from "@/lib/drill-model/state-machine";
import type { AnalyticsView } from "@/lib/queries/analytics";
import type { Spread } from "@/lib/analytics/stats";
import { minutes, outcomeLabel } from "../review/report/format";
import type { CsvTable } from "./csv";

/** Each table and chart of the page as rows for its CSV file, from the same figures the page shows. Pure. */

const mins = (ms: number | null) => (ms === null ? null : minutes(ms));
export const spreadHeader = (what: string) => [`${what}: drills measured`, `${what}: median (min)`, `${what}: p25 (min)`, `${what}: p75 (min)`];
export const spreadCells = (spread: Spread) => [spread.n, mins(spread.median), mins(spread.p25), mins(spread.p75)];

export const VERDICT_LABELS: Record<string, string> = {
  not_enough_runs: "Not enough runs yet",
  as_declared: "As declared",
  easier_than_declared: "Easier than declared",
  harder_than_declared: "Harder than declared",
  impossible: "Impossible",
};

export function outcomesCsv(view: AnalyticsView): CsvTable {
  return {
    header: ["Month", "Drills", ...ENDED_STATUSES.map((outcome) => outcomeLabel(outcome))],
    rows: view.periods.map((period) => [period.period, period.drills, ...ENDED_STATUSES.map((outcome) => period.outcomes[outcome] ?? 0)]),
  };
}

export function timesCsv(view: AnalyticsView): CsvTable {
  return {
    header: ["Team", "Month", "Drills", ...spreadHeader("Acknowledge"), ...spreadHeader("Escalate"), ...spreadHeader("Mitigate")],
    rows: view.teams.flatMap((team) =>
      team.periods.map((period) => [team.team, period.period, period.drills, ...spreadCells(period.times.acknowledge), ...spreadCells(period.times.escalate), ...spreadCells(period.times.mitigate)]),
    ),
  };
}

export function hintsSurveyCsv(view: AnalyticsView): CsvTable {
  return {
    header: ["Month", "Drills", "Hints per drill", "Drills with survey averages", "Difficulty (1-5)", "Usefulness (1-5)", "Enjoyment (1-5)"],
    rows: view.periods.map((period) => [period.period, period.drills, period.hintsPerDrill, period.survey.drills, period.survey.difficulty, period.survey.usefulness, period.survey.enjoyment]),
  };
}

export function scenariosCsv(view: AnalyticsView): CsvTable {
  return {
    header: [
      "Scenario",
      "Runs",
      "Mitigated",
      "Success rate (%)",
      ...spreadHeader("Acknowledge"),
      ...spreadHeader("Escalate"),
      ...spreadHeader("Mitigate"),
      "Hints per run",
      "Drills with survey averages",
      "Difficulty (1-5)",
      "Usefulness (1-5)",
      "Enjoyment (1-5)",
      "Declared difficulty",
      "Measured difficulty",
      "Calibration",
      "Because",
    ],
    rows: view.scenarios.map((scenario) => [
      scenario.title,
      scenario.runs,
      scenario.mitigated,
      Math.round(scenario.successRate * 100),
      ...spreadCells(scenario.times.acknowledge),
      ...spreadCells(scenario.times.escalate),
      ...spreadCells(scenario.times.mitigate),
      scenario.hintsPerRun,
      scenario.survey.drills,
      scenario.survey.difficulty,
      scenario.survey.usefulness,
      scenario.survey.enjoyment,
      scenario.calibration.declared,
      scenario.calibration.measured,
      VERDICT_LABELS[scenario.calibration.verdict] ?? scenario.calibration.verdict,
      scenario.calibration.because,
    ]),
  };
}

export function planCsv(view: AnalyticsView): CsvTable {
  return {
    header: ["Audience", "Opened", "Done", "Overdue", "Verified"],
    rows: view.plan.map((entry) => [entry.label, entry.opened, entry.done, entry.overdue, entry.verified]),
  };
}
