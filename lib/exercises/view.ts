import type { Db } from "../db/client";
import type { DrillOutcome, DrillStatus } from "../drill-model/state-machine";
import { NotFoundError } from "../errors";
import { surveyQuestionListSchema, type SurveyQuestionInput } from "../scenarios/schemas";

export interface ExerciseSummary {
  id: string;
  name: string;
  /** YYYY-MM-DD */
  date: string;
  description: string;
  /** The exercise's own survey questions (at most 5). */
  surveyQuestions: SurveyQuestionInput[];
  drills: { id: string; title: string; status: DrillStatus; outcome: DrillOutcome | null; demo: boolean }[];
}

export const exerciseInclude = { drills: { orderBy: [{ startedAt: "asc" as const }, { createdAt: "asc" as const }], select: { id: true, title: true, status: true, outcome: true, demo: true } } };

type ExerciseRow = { id: string; name: string; date: Date; description: string; surveyQuestions: unknown; drills: { id: string; title: string; status: DrillStatus; outcome: DrillStatus | null; demo: boolean }[] };

export function toExerciseSummary(row: ExerciseRow): ExerciseSummary {
  return {
    id: row.id,
    name: row.name,
    date: row.date.toISOString().slice(0, 10),
    description: row.description,
    // Parsed again on read, so a row written by an older build never breaks the page.
    surveyQuestions: surveyQuestionListSchema.safeParse(row.surveyQuestions).data ?? [],
    drills: row.drills.map((drill) => ({ id: drill.id, title: drill.title, status: drill.status, outcome: drill.outcome as DrillOutcome | null, demo: drill.demo })),
  };
}

export async function exerciseOrThrow(db: Db, id: string): Promise<ExerciseSummary> {
  const row = await db.exercise.findUnique({ where: { id }, include: exerciseInclude });
  if (!row) throw new NotFoundError("Exercise", id);
  return toExerciseSummary(row);
}
