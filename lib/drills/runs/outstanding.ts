/** Where a step's injection or rollback stands; `seq` is the timeline event that recorded its result. */
export interface RunState {
  status: "running" | "ok" | "failed";
  seq: number | null;
}

export interface StepRunStates {
  injection: RunState | null;
  rollback: RunState | null;
}

/**
 * Injections that ran, successfully or not (a call that timed out may still have landed), and are not
 * rolled back yet: latest first, the order abort undoes them in. Pure, so the control room shows the
 * same list the server will run. Runs without a result (`seq` null) count as the latest.
 */
export function outstandingRollbacks<S extends { id: string }>(steps: readonly S[], runs: Readonly<Record<string, StepRunStates | undefined>>): S[] {
  const seqOf = (step: S) => runs[step.id]?.injection?.seq ?? Number.MAX_SAFE_INTEGER;
  return steps
    .filter((step) => {
      const state = runs[step.id];
      return state?.injection && state.injection.status !== "running" && state.rollback?.status !== "ok";
    })
    .sort((a, b) => seqOf(b) - seqOf(a));
}
