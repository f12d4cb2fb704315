import { MILESTONE_LABELS } from "@/lib/drill-model/milestones";
import type { Milestone } from "@/lib/drill-model/milestone-names";

interface StepRef {
  id: string;
  name?: string;
}
const minutes = (value: number | undefined) => (Number.isFinite(value) ? (value as number) : "?");
const milestoneLabel = (milestone: string) => MILESTONE_LABELS[milestone as Milestone] ?? milestone;

/** "Step 2 · Pause the consumer": how an alert's origin reads in selects and tables. */
export function stepLabel(steps: StepRef[], id: string): string {
  const index = steps.findIndex((step) => step.id === id);
  if (index < 0) return `removed step (${id})`;
  const name = steps[index]?.name?.trim();
  return name ? `step ${index + 1} · ${name}` : `step ${index + 1}`;
}

/** "step 2 (“Pause the consumer”)", for use inside a sentence. */
function stepPhrase(steps: StepRef[], id: string): string {
  const index = steps.findIndex((step) => step.id === id);
  if (index < 0) return `a removed step (${id})`;
  const name = steps[index]?.name?.trim();
  return name ? `step ${index + 1} (“${name}”)` : `step ${index + 1}`;
}

/** When an alert fires, in words: "Fires at T+5m, unless Mitigated is reached". */
export function alertTiming(alert: { offsetMinutes?: number; relativeTo?: string; unlessMilestone?: string }, steps: StepRef[]): string {
  const offset = minutes(alert.offsetMinutes);
  const when = !alert.relativeTo || alert.relativeTo === "start" ? `Fires at T+${offset}m` : `Fires ${offset} min after ${stepPhrase(steps, alert.relativeTo)} runs`;
  return alert.unlessMilestone ? `${when}, unless ${milestoneLabel(alert.unlessMilestone)} is reached` : when;
}

/** How a hint reaches the channel: by hand, or on a timer that a milestone can cancel. */
export function hintTiming(hint: { offsetMinutes?: number; release?: string; unlessMilestone?: string }): string {
  const offset = minutes(hint.offsetMinutes);
  if (hint.release === "at_offset") return `Released automatically at T+${offset}m`;
  if (hint.release === "at_offset_unless_milestone")
    return `Released at T+${offset}m unless ${hint.unlessMilestone ? milestoneLabel(hint.unlessMilestone) : "a milestone"} is reached`;
  return hint.offsetMinutes === undefined || !Number.isFinite(hint.offsetMinutes) ? "Released by a facilitator" : `Released by a facilitator, suggested at T+${offset}m`;
}

export const RELEASE_LABELS = { manual: "Manual", at_offset: "At offset", at_offset_unless_milestone: "At offset, unless milestone" } as const;
