import type { StepRunStates } from "../injections/runs/outstanding";
import type { ScriptItemView } from "./items";

/** What an item timed from an injection waits for: that step (1-based), and where it stands. */
export interface WaitingOn {
  step: number;
  name: string;
  state: "not_run" | "running" | "failed";
}

/** "waiting on step 1, which failed": why an item timed from an injection has no due time yet. */
export function waitingText(waiting: WaitingOn): string {
  const where = { not_run: "not run yet", running: "running now", failed: "which failed" }[waiting.state];
  return `waiting on step ${waiting.step}, ${where}`;
}

/**
 * Pending items timed from an injection that has not given them a due time: the step they wait on, so the
 * control room can show them as blocked (with fire now and skip) instead of waiting silently forever.
 */
export function withWaits(items: ScriptItemView[], steps: readonly { id: string; name: string }[], runs: Readonly<Record<string, StepRunStates | undefined>>): ScriptItemView[] {
  return items.map((item) => {
    if (item.status !== "pending" || item.dueOffsetMs !== null || item.anchor === null) return item;
    const index = steps.findIndex((step) => step.id === item.anchor);
    if (index < 0) return item;
    const injection = runs[item.anchor]?.injection;
    const state = injection?.status === "failed" ? "failed" : injection?.status === "running" ? "running" : "not_run";
    return { ...item, waitingOn: { step: index + 1, name: steps[index]!.name, state } };
  });
}
