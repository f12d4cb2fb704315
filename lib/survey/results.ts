import type { SurveyQuestion } from "./questions";
import type { QuestionAnswer } from "./schemas";
import { SCORE_MAX } from "./schemas";

/** Below this many answers to a question, its distribution, average and anonymous comments stay hidden. */
export const MIN_ANSWERS_SHOWN = 3;

export interface SurveyComment {
  text: string;
  /** The author's name on a named answer; null on an anonymous one. */
  by: string | null;
  /** Scales only: the score given with this "why" (named answers only, so it cannot single anyone out). */
  score: number | null;
}

export interface SurveyQuestionResult {
  id: string;
  kind: "scale" | "text";
  prompt: string;
  source: SurveyQuestion["source"];
  low: string | null;
  high: string | null;
  /** How many answers answer this question. */
  answered: number;
  /** Whether there are enough answers to show the distribution, the average and anonymous comments. */
  shown: boolean;
  /** Scales: how many gave 1…5 (index 0 is 1); null while hidden or for a text question. */
  distribution: number[] | null;
  average: number | null;
  comments: SurveyComment[];
}

export interface SurveyResults {
  answers: number;
  anonymous: number;
  named: number;
  minimumShown: number;
  questions: SurveyQuestionResult[];
}

export interface StoredAnswer {
  anonymous: boolean;
  respondentName: string | null;
  answers: Record<string, QuestionAnswer>;
}

const byName = (a: SurveyComment, b: SurveyComment) => (a.by ?? "").localeCompare(b.by ?? "");

function resultOf(question: SurveyQuestion, stored: readonly StoredAnswer[]): SurveyQuestionResult {
  const given = stored.flatMap((answer) => (answer.answers[question.id] ? [{ answer, value: answer.answers[question.id]! }] : []));
  const shown = given.length >= MIN_ANSWERS_SHOWN;
  const scores = given.flatMap(({ value }) => (value.score === undefined ? [] : [value.score]));
  const distribution = question.kind === "scale" && shown ? Array.from({ length: SCORE_MAX }, (_, index) => scores.filter((score) => score === index + 1).length) : null;
  const average = question.kind === "scale" && shown && scores.length > 0 ? Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 100) / 100 : null;
  const named = given.filter(({ answer, value }) => !answer.anonymous && value.text).map(({ answer, value }) => ({ text: value.text!, by: answer.respondentName, score: value.score ?? null }));
  // Anonymous comments never carry their score: beside a shown distribution it could still tell a lone low rating apart.
  const anonymous = shown ? given.filter(({ answer, value }) => answer.anonymous && value.text).map(({ value }) => ({ text: value.text!, by: null, score: null })) : [];
  return {
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    source: question.source,
    low: question.low ?? null,
    high: question.high ?? null,
    answered: given.length,
    shown,
    distribution,
    average,
    comments: [...named.sort(byName), ...anonymous],
  };
}

/** The survey's results by question. `stored` must come in an order that says nothing of when each answer came (by random id). */
export function summarizeSurvey(questions: readonly SurveyQuestion[], stored: readonly StoredAnswer[]): SurveyResults {
  const anonymous = stored.filter((answer) => answer.anonymous).length;
  return {
    answers: stored.length,
    anonymous,
    named: stored.length - anonymous,
    minimumShown: MIN_ANSWERS_SHOWN,
    questions: questions.map((question) => resultOf(question, stored)),
  };
}
