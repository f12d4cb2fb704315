import { randomUUID } from "node:crypto";
import type { Tx } from "../context/transaction";
import type { Prisma } from "../db/generated/client";
import { ConflictError } from "../errors";
import { readDefinition } from "../scenarios/upgrade";
import type { LockedDrill } from "../drills/internal/lock";
import { surveyQuestions, type SurveyQuestion } from "./questions";
import type { Respondent } from "./respondent";
import { parseSurveyAnswer } from "./schemas";

export type AnswerReceipt = { anonymous: false; answers: Record<string, { score?: number; text?: string }>; edited: boolean } | { anonymous: true };

export async function questionsOfDrill(tx: Tx, drill: Pick<LockedDrill, "script" | "exerciseId">): Promise<SurveyQuestion[]> {
  const exercise = drill.exerciseId ? await tx.exercise.findUnique({ where: { id: drill.exerciseId }, select: { surveyQuestions: true } }) : null;
  return surveyQuestions(readDefinition(drill.script), exercise);
}

/**
 * One answer per person: a named answer is edited in place; an anonymous one is final, because nothing links it to
 * its author any more. Called with the drill locked, so two submissions of one form are recorded once.
 */
export async function recordAnswer(tx: Tx, drill: LockedDrill, respondent: Respondent, data: unknown, now: Date): Promise<AnswerReceipt> {
  const { anonymous, answers } = parseSurveyAnswer(await questionsOfDrill(tx, drill), data);
  const answered = await tx.surveyRespondent.findUnique({ where: { drillId_key: { drillId: drill.id, key: respondent.key } } });
  if (answered) {
    const named = await tx.surveyAnswer.findUnique({ where: { drillId_respondentKey: { drillId: drill.id, respondentKey: respondent.key } } });
    if (!named) throw new ConflictError("You have already answered this survey anonymously: an anonymous answer cannot be changed.");
    if (anonymous) throw new ConflictError("You answered this survey under your name: you can edit that answer, and it stays named.");
    await tx.surveyAnswer.update({ where: { id: named.id }, data: { answers: answers as Prisma.InputJsonObject, respondentName: respondent.name, updatedAt: now } });
    return { anonymous: false, answers, edited: true };
  }
  await tx.surveyRespondent.create({ data: { drillId: drill.id, key: respondent.key } });
  await tx.surveyAnswer.create({
    data: anonymous
      ? { id: randomUUID(), drillId: drill.id, anonymous: true, answers: answers as Prisma.InputJsonObject }
      : { id: randomUUID(), drillId: drill.id, anonymous: false, respondentKey: respondent.key, respondentName: respondent.name, answers: answers as Prisma.InputJsonObject, updatedAt: now },
  });
  return anonymous ? { anonymous: true } : { anonymous: false, answers, edited: false };
}
