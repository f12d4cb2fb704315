import { authorize } from "../auth/authorize";
import type { Ctx } from "../context";
import { dbOf } from "../context/transaction";
import type { Db } from "../db/client";
import { NotFoundError } from "../errors";
import { readDefinition } from "../scenarios/upgrade";
import { surveyQuestions } from "./questions";
import { summarizeSurvey, type StoredAnswer, type SurveyResults } from "./results";
import type { QuestionAnswer } from "./schemas";

/** Every answer of a drill, in the order of their random ids: never the order they came in. */
export async function storedAnswers(db: Db, drillId: string): Promise<StoredAnswer[]> {
  const rows = await db.surveyAnswer.findMany({ where: { drillId }, orderBy: { id: "asc" }, select: { anonymous: true, respondentName: true, answers: true } });
  return rows.map((row) => ({ anonymous: row.anonymous, respondentName: row.anonymous ? null : row.respondentName, answers: row.answers as Record<string, QuestionAnswer> }));
}

/** The survey's results as they stand, computed from the drill's questions and answers (the report calls this too). */
export async function surveyResultsOf(db: Db, drillId: string): Promise<SurveyResults> {
  const drill = await db.drill.findUnique({ where: { id: drillId }, select: { script: true, exercise: { select: { surveyQuestions: true } } } });
  if (!drill) throw new NotFoundError("Drill", drillId);
  return summarizeSurvey(surveyQuestions(readDefinition(drill.script), drill.exercise), await storedAnswers(db, drillId));
}

export async function getSurveyResults({ ctx, input }: { ctx: Ctx; input: { drillId: string } }): Promise<SurveyResults> {
  authorize(ctx, "drill.read", { drillId: input.drillId });
  return surveyResultsOf(dbOf(ctx), input.drillId);
}
