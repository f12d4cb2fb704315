import { DIFFICULTIES } from "../scenarios/schemas";

type Difficulty = (typeof DIFFICULTIES)[number];

/** Below this many closed runs a scenario gets no verdict: two runs say more about two teams than about the scenario. */
export const MIN_RUNS_FOR_CALIBRATION = 3;

export type CalibrationVerdict = "not_enough_runs" | "as_declared" | "easier_than_declared" | "harder_than_declared" | "impossible";

export interface Calibration {
  verdict: CalibrationVerdict;
  /** 0 (every run mitigated quickly without hints) to 1 (never mitigated); null before enough runs. */
  hardness: number | null;
  measured: Difficulty | null;
  declared: string;
  runs: number;
  /** The verdict in words, with what it rests on. */
  because: string;
}

export interface CalibrationInput {
  declared: string;
  runs: number;
  successRate: number;
  hintsPerRun: number;
  /** The median time to mitigate as a share of the time box (1 when never mitigated). */
  timeShare: number;
}

/**
 * Measured difficulty: half from how often teams failed, a quarter from hints (3 a run counts as all), a quarter from
 * how much of the time box mitigation took. Thirds of that scale map onto the three declared difficulties.
 */
export function calibrate(input: CalibrationInput): Calibration {
  const base = { declared: input.declared, runs: input.runs };
  if (input.runs < MIN_RUNS_FOR_CALIBRATION)
    return { ...base, verdict: "not_enough_runs", hardness: null, measured: null, because: `Not enough runs yet: ${input.runs} of the ${MIN_RUNS_FOR_CALIBRATION} a verdict needs.` };
  const hardness = Math.round(((1 - input.successRate) * 0.5 + Math.min(input.hintsPerRun / 3, 1) * 0.25 + Math.min(Math.max(input.timeShare, 0), 1) * 0.25) * 100) / 100;
  const measured: Difficulty = hardness < 1 / 3 ? "introductory" : hardness < 2 / 3 ? "intermediate" : "advanced";
  const rested = `${input.runs} runs: ${Math.round(input.successRate * 100)}% mitigated, ${input.hintsPerRun.toFixed(1)} hints a run, mitigation at ${Math.round(input.timeShare * 100)}% of the time box`;
  if (input.successRate === 0) return { ...base, verdict: "impossible", hardness, measured, because: `No team mitigated it in ${input.runs} runs (${input.hintsPerRun.toFixed(1)} hints a run).` };
  const declaredRank = DIFFICULTIES.indexOf(input.declared as Difficulty);
  const measuredRank = DIFFICULTIES.indexOf(measured);
  const verdict: CalibrationVerdict = declaredRank < 0 || declaredRank === measuredRank ? "as_declared" : measuredRank < declaredRank ? "easier_than_declared" : "harder_than_declared";
  const words = { as_declared: "Plays as declared", easier_than_declared: "Easier than declared", harder_than_declared: "Harder than declared" }[verdict];
  return { ...base, verdict, hardness, measured, because: `${words} (${input.declared}; measured ${measured}) over ${rested}.` };
}
