import { MILESTONES } from "@/lib/drill-model/milestone-names";
import { MILESTONE_LABELS } from "@/lib/drill-model/milestones";

export function MilestoneOptions() {
  return (
    <>
      {MILESTONES.map((milestone) => (
        <option key={milestone} value={milestone}>
          {MILESTONE_LABELS[milestone]}
        </option>
      ))}
    </>
  );
}

/** Blank means "no milestone": the schema wants the key absent, not an empty string. */
export const optionalMilestone = (value: unknown) => (value === "" || value === null || value === undefined ? undefined : value);

/** Blank means "no offset"; valueAsNumber would turn it into NaN, which the schema rejects. */
export const optionalMinutes = (value: unknown) => (value === "" || value === null || value === undefined ? undefined : Number(value));
