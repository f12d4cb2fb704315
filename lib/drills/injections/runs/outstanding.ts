import type { ActionResultBody } from "../../../timeline/events";

/** Where a step's injection or rollback stands; `seq` is the timeline event that recorded its result. */
export interface RunState {
  status: "running" | "ok" | "failed";
  seq: number | null;
  /** A webhook's result (null for manual steps and while running). */
  result?: ActionResultBody | null;
}

export interface StepRunStates {
  injection: RunState | null;
  rollback: RunState | null;
}

/** Whether an injection changed anything: it did, it may have (no answer, or the target failed after receiving it), or it did not. */
export type Applied = "yes" | "maybe" | "no";

/**
 * Read from the run's result. A call that timed out, lost its connection or got a 5xx may have landed;
 * one that was refused (4xx, connection refused, unknown host) or never sent did not.
 */
export function injectionApplied(run: RunState): Applied {
  if (run.status === "ok") return "yes";
  const result = run.result;
  if (run.status === "running" || !result) return "maybe"; // left running by a crash, or no result kept
  if (result.mayHaveLanded !== undefined) return result.mayHaveLanded ? "maybe" : "no";
  // Results recorded before `mayHaveLanded` existed.
  if (result.status !== undefined) return result.status >= 500 ? "maybe" : "no";
  return result.attempts === 0 ? "no" : "maybe";
}

type RollbackAction = { kind: "manual" } | { kind: "webhook"; method: string };

// RFC 9110 §9.2.2: running these twice, or on something never changed, has the effect of running them once.
const IDEMPOTENT = new Set(["DELETE", "PUT"]);

/** Why a rollback may run although its injection changed nothing, or null when it should not be offered. */
export function safeAnyway(rollback: RollbackAction): string | null {
  if (rollback.kind === "webhook" && IDEMPOTENT.has(rollback.method)) return `The action failed and changed nothing; rolling back is safe to run anyway (${rollback.method} is idempotent).`;
  return null;
}

/**
 * Injections that changed something, or may have (a call that timed out may still have landed), and are
 * not rolled back yet: latest first, the order abort undoes them in. Pure, so the control room shows the
 * same list the server will run. Runs without a result (`seq` null) count as the latest.
 */
export function outstandingRollbacks<S extends { id: string }>(steps: readonly S[], runs: Readonly<Record<string, StepRunStates | undefined>>): S[] {
  const seqOf = (step: S) => runs[step.id]?.injection?.seq ?? Number.MAX_SAFE_INTEGER;
  return steps
    .filter((step) => {
      const state = runs[step.id];
      return state?.injection && state.injection.status !== "running" && injectionApplied(state.injection) !== "no" && state.rollback?.status !== "ok";
    })
    .sort((a, b) => seqOf(b) - seqOf(a));
}
