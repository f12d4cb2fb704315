import { z } from "zod";
import { text } from "../input/text";
import { ValidationError, type FieldProblem } from "../errors";
import { parseOrThrow } from "../validation";
import type { SurveyQuestion } from "./questions";

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

const score = z
  .number({ error: `must be a whole number from ${SCORE_MIN} to ${SCORE_MAX}` })
  .int(`must be a whole number from ${SCORE_MIN} to ${SCORE_MAX}`)
  .min(SCORE_MIN, `must be a whole number from ${SCORE_MIN} to ${SCORE_MAX}`)
  .max(SCORE_MAX, `must be a whole number from ${SCORE_MIN} to ${SCORE_MAX}`);

export const questionAnswerSchema = z.strictObject({ score: score.optional(), text: text({ max: 2000 }).optional() }, { error: "must be an object with score and/or text" });
export type QuestionAnswer = z.infer<typeof questionAnswerSchema>;

export const surveyAnswerSchema = z.strictObject({
  /** Anonymous answers keep nothing that names the author, and cannot be edited afterwards. */
  anonymous: z.boolean({ error: "must be true or false" }).default(false),
  answers: z.record(text({ min: 1, max: 100 }), questionAnswerSchema, { error: "must be an object of answers by question id" }),
});
export type SurveyAnswerInput = z.input<typeof surveyAnswerSchema>;

/** The answers checked against the drill's questions: every problem named by its path, blanks dropped. */
export function parseSurveyAnswer(questions: readonly SurveyQuestion[], data: unknown): { anonymous: boolean; answers: Record<string, QuestionAnswer> } {
  const parsed = parseOrThrow(surveyAnswerSchema, data);
  const byId = new Map(questions.map((question) => [question.id, question]));
  const problems: FieldProblem[] = [];
  const answers: Record<string, QuestionAnswer> = {};
  for (const [id, answer] of Object.entries(parsed.answers)) {
    const question = byId.get(id);
    if (!question) {
      problems.push({ path: `answers.${id}`, message: "is not a question of this survey" });
      continue;
    }
    if (question.kind === "text" && answer.score !== undefined) problems.push({ path: `answers.${id}.score`, message: "this question takes a text, not a score" });
    const kept: QuestionAnswer = {};
    if (answer.score !== undefined) kept.score = answer.score;
    if (answer.text) kept.text = answer.text;
    if (Object.keys(kept).length > 0) answers[id] = kept;
  }
  for (const question of questions) {
    if (question.required && answers[question.id]?.score === undefined) problems.push({ path: `answers.${question.id}.score`, message: "is required: pick 1 to 5" });
  }
  if (Object.keys(answers).length === 0 && problems.length === 0) problems.push({ path: "answers", message: "answer at least one question" });
  if (problems.length > 0) throw new ValidationError(problems);
  return { anonymous: parsed.anonymous, answers };
}
