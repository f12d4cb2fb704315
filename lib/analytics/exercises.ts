import { countBy, groupBy, surveyOf, timesOf, type ResultRow, type TimesSpread } from "./aggregate";
import { meanOf } from "./stats";

export interface ExerciseInfo {
  id: string;
  name: string;
  /** The day it was held, YYYY-MM-DD. */
  date: string;
}

export interface PlanItem {
  drillId: string | null;
  exerciseId: string | null;
  status: string;
  verifiedAt: Date | null;
}

/** One game day compared with the others, from its closed drills among those counted. */
export interface ExerciseFigures {
  exerciseId: string;
  name: string;
  date: string;
  drills: number;
  outcomes: Record<string, number>;
  times: TimesSpread;
  /** Over every drill counted. */
  hintsPerDrill: number | null;
  survey: ReturnType<typeof surveyOf>;
  /** Action items of the game day's own plan and of its counted drills' plans. */
  actionItems: { opened: number; done: number; verified: number };
}

/** Game days side by side, newest first. Pure. */
export function exercisesOf(rows: readonly ResultRow[], exercises: readonly ExerciseInfo[], items: readonly PlanItem[]): ExerciseFigures[] {
  const info = new Map(exercises.map((exercise) => [exercise.id, exercise]));
  const exerciseOfDrill = new Map(rows.flatMap((row) => (row.exerciseId ? [[row.drillId, row.exerciseId] as const] : [])));
  const itemsOf = groupBy(
    items.filter((item) => (item.exerciseId ?? exerciseOfDrill.get(item.drillId ?? "")) !== undefined),
    (item) => item.exerciseId ?? exerciseOfDrill.get(item.drillId ?? "")!,
  );
  return [...groupBy(rows.filter((row) => row.exerciseId && info.has(row.exerciseId)), (row) => row.exerciseId!)]
    .map(([exerciseId, group]) => {
      const exercise = info.get(exerciseId)!;
      const plan = itemsOf.get(exerciseId) ?? [];
      return {
        exerciseId,
        name: exercise.name,
        date: exercise.date,
        drills: group.length,
        outcomes: countBy(group, (row) => row.outcome),
        times: timesOf(group),
        hintsPerDrill: meanOf(group.map((row) => row.hintsUsed)).mean,
        survey: surveyOf(group),
        actionItems: { opened: plan.length, done: plan.filter((item) => item.status === "done").length, verified: plan.filter((item) => item.verifiedAt).length },
      };
    })
    .sort((a, b) => b.date.localeCompare(a.date) || a.name.localeCompare(b.name));
}
