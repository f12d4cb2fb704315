import { describe, expect, it } from "vitest";
import { ValidationError } from "../errors";
import { STANDARD_QUESTIONS, surveyQuestions } from "./questions";
import { MIN_ANSWERS_SHOWN, summarizeSurvey, type StoredAnswer } from "./results";
import { parseSurveyAnswer } from "./schemas";

const named = (name: string, difficulty: number, why?: string): StoredAnswer => ({ anonymous: false, respondentName: name, answers: { difficulty: { score: difficulty, ...(why ? { text: why } : {}) } } });
const anonymous = (difficulty: number, why?: string): StoredAnswer => ({ anonymous: true, respondentName: null, answers: { difficulty: { score: difficulty, ...(why ? { text: why } : {}) } } });

function problemsOf(run: () => unknown): { path: string; message: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error.problems;
    throw error;
  }
  throw new Error("expected a ValidationError");
}

describe("summarizeSurvey", () => {
  it("hides the distribution, the average and anonymous comments below the minimum, and shows them from it", () => {
    const two = summarizeSurvey(STANDARD_QUESTIONS, [named("Mina", 4, "tight"), anonymous(2, "too fast")]);
    const difficulty = two.questions.find((question) => question.id === "difficulty")!;
    expect(difficulty).toMatchObject({ answered: 2, shown: false, distribution: null, average: null });
    expect(difficulty.comments).toEqual([{ text: "tight", by: "Mina", score: 4 }]);

    const three = summarizeSurvey(STANDARD_QUESTIONS, [named("Mina", 4, "tight"), anonymous(2, "too fast"), anonymous(5)]);
    const shown = three.questions.find((question) => question.id === "difficulty")!;
    expect(MIN_ANSWERS_SHOWN).toBe(3);
    expect(shown).toMatchObject({ answered: 3, shown: true, distribution: [0, 1, 0, 1, 1], average: 3.67 });
    expect(shown.comments).toEqual([
      { text: "tight", by: "Mina", score: 4 },
      { text: "too fast", by: null, score: null },
    ]);
    expect(three).toMatchObject({ answers: 3, anonymous: 2, named: 1 });
  });

  it("counts only the answers that answer a question", () => {
    const results = summarizeSurvey(STANDARD_QUESTIONS, [named("A", 3), named("B", 3), named("C", 3)]);
    expect(results.questions.find((question) => question.id === "usefulness")).toMatchObject({ answered: 0, shown: false, average: null });
    expect(results.questions.find((question) => question.id === "difficulty")).toMatchObject({ answered: 3, average: 3 });
  });
});

describe("surveyQuestions", () => {
  it("asks the standard questions, then the scenario's, then the exercise's, each under its own prefix", () => {
    const questions = surveyQuestions({ survey: [{ id: "dash", prompt: "Was the dashboard enough?", kind: "scale" }] }, { surveyQuestions: [{ id: "dash", prompt: "Lunch?", kind: "text" }] });
    expect(questions.map((question) => question.id)).toEqual([...STANDARD_QUESTIONS.map((question) => question.id), "scenario.dash", "exercise.dash"]);
  });

  it("ignores an exercise's stored questions that no longer parse", () => {
    expect(surveyQuestions({ survey: [] }, { surveyQuestions: [{ id: "bad id!", prompt: "" }] })).toHaveLength(STANDARD_QUESTIONS.length);
  });
});

describe("parseSurveyAnswer", () => {
  const scales = { difficulty: { score: 3 }, usefulness: { score: 4 }, enjoyment: { score: 5 } };

  it("keeps the answers, drops blanks, and defaults to named", () => {
    expect(parseSurveyAnswer(STANDARD_QUESTIONS, { answers: { ...scales, change: { text: "  " }, keep: { text: "the pager drill" } } })).toEqual({
      anonymous: false,
      answers: { ...scales, keep: { text: "the pager drill" } },
    });
  });

  it("names every problem by its path", () => {
    const problems = problemsOf(() => parseSurveyAnswer(STANDARD_QUESTIONS, { answers: { difficulty: { score: 6 }, enjoyment: { score: 2.5 }, keep: { score: 3 }, nope: { text: "x" } } }));
    expect(problems.map((problem) => problem.path).sort()).toEqual(["answers.difficulty.score", "answers.enjoyment.score"].sort());
    const second = problemsOf(() => parseSurveyAnswer(STANDARD_QUESTIONS, { answers: { ...scales, keep: { score: 3 }, nope: { text: "x" } } }));
    expect(second).toEqual(
      expect.arrayContaining([
        { path: "answers.keep.score", message: "this question takes a text, not a score" },
        { path: "answers.nope", message: "is not a question of this survey" },
      ]),
    );
    expect(problemsOf(() => parseSurveyAnswer(STANDARD_QUESTIONS, { answers: { keep: { text: "x" } } })).map((problem) => problem.path)).toEqual([
      "answers.difficulty.score",
      "answers.usefulness.score",
      "answers.enjoyment.score",
    ]);
  });

  it("refuses NUL characters and texts over 2,000 characters", () => {
    expect(problemsOf(() => parseSurveyAnswer(STANDARD_QUESTIONS, { answers: { ...scales, keep: { text: "a\u0000b" } } }))[0]?.path).toBe("answers.keep.text");
    expect(problemsOf(() => parseSurveyAnswer(STANDARD_QUESTIONS, { answers: { ...scales, keep: { text: "x".repeat(2001) } } }))[0]?.path).toBe("answers.keep.text");
  });
});
