import { surveyQuestionListSchema, type ScenarioDefinition, type SurveyQuestionInput } from "../scenarios/schemas";

export type QuestionSource = "standard" | "scenario" | "exercise";

/** One question of a drill's survey. A scale is 1–5 with an optional "why"; a text is a free answer. */
export interface SurveyQuestion {
  id: string;
  kind: "scale" | "text";
  prompt: string;
  source: QuestionSource;
  /** Scales only: what 1 and 5 mean. */
  low?: string;
  high?: string;
  required: boolean;
}

/** The story's three questions, "what would you change" and "one thing to keep": every survey asks these first. */
export const STANDARD_QUESTIONS: readonly SurveyQuestion[] = [
  { id: "difficulty", kind: "scale", prompt: "How hard was it?", low: "Far too easy", high: "Far too hard", source: "standard", required: true },
  { id: "usefulness", kind: "scale", prompt: "How useful was it?", low: "Not useful", high: "Very useful", source: "standard", required: true },
  { id: "enjoyment", kind: "scale", prompt: "How enjoyable was it?", low: "Not at all", high: "Very", source: "standard", required: true },
  { id: "change", kind: "text", prompt: "What would you change?", source: "standard", required: false },
  { id: "keep", kind: "text", prompt: "One thing to keep", source: "standard", required: false },
];

export const STANDARD_SCALES = ["difficulty", "usefulness", "enjoyment"] as const;

function added(source: "scenario" | "exercise", questions: readonly SurveyQuestionInput[]): SurveyQuestion[] {
  return questions.map((question) => ({ id: `${source}.${question.id}`, kind: question.kind, prompt: question.prompt, source, required: false }));
}

/** What an exercise stores: parsed again on read, so a row written by an older build can never break a survey. */
export function exerciseQuestions(stored: unknown): SurveyQuestionInput[] {
  const parsed = surveyQuestionListSchema.safeParse(stored);
  return parsed.success ? parsed.data : [];
}

/** A drill's survey: the standard questions, then its scenario's (frozen with the drill), then its exercise's. */
export function surveyQuestions(script: Pick<ScenarioDefinition, "survey">, exercise: { surveyQuestions: unknown } | null): SurveyQuestion[] {
  return [...STANDARD_QUESTIONS, ...added("scenario", script.survey ?? []), ...added("exercise", exercise ? exerciseQuestions(exercise.surveyQuestions) : [])];
}
