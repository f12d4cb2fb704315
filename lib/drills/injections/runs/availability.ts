import { injectionApplied, safeAnyway, type RunState } from "./outstanding";

// Whether a step's injection or rollback may run now, as far as its earlier runs go (the drill's status is the
// state machine's part). Pure: the server refuses by it under the drill's lock and the control room offers its buttons by it.

/** An earlier run; `inFlight` is "still running" unless the caller knows better (the server takes over a run left by a crash). */
export type EarlierRun = Pick<RunState, "status" | "result"> & { inFlight?: boolean };

export interface StepRuns {
  injection: EarlierRun | null;
  rollback: EarlierRun | null;
  /** The timeline says the injection was done (steps marked done before runs were recorded have only that). */
  done?: boolean;
}

/** Why it may not run: each has its own message on the server. */
export type StepRefusal = "rolled_back" | "done" | "running" | "not_run" | "injection_running" | "changed_nothing";

const inFlight = (run: EarlierRun) => run.inFlight ?? run.status === "running";

/** A failed injection whose call was refused or never sent: nothing to undo. */
export function changedNothing(run: EarlierRun): boolean {
  return run.status === "failed" && injectionApplied({ status: "failed", seq: null, result: run.result ?? null }) === "no";
}

/** Refused: an injection already rolled back, one that succeeded (or was marked done), one in flight. A failed one may run again. */
export function injectionRefusal(runs: StepRuns): StepRefusal | null {
  const { injection, rollback } = runs;
  if (rollback) return "rolled_back";
  if (injection ? injection.status === "ok" : runs.done) return "done";
  if (injection && inFlight(injection)) return "running";
  return null;
}

/**
 * Refused: a rollback of an injection that never ran or has no result yet, or that failed and changed nothing
 * (unless the rollback is harmless anyway); a rollback that succeeded or is in flight. A failed one may run again.
 */
export function rollbackRefusal(runs: StepRuns, rollbackAction: Parameters<typeof safeAnyway>[0]): StepRefusal | null {
  const { injection, rollback } = runs;
  if (!injection) return "not_run";
  if (inFlight(injection)) return "injection_running";
  if (changedNothing(injection) && !safeAnyway(rollbackAction)) return "changed_nothing";
  if (rollback?.status === "ok") return "done";
  if (rollback && inFlight(rollback)) return "running";
  return null;
}
