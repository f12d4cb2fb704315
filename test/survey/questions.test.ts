import { describe, expect, it } from "vitest";
import { ValidationError } from "../../lib/errors";
import { assignDrillToExercise } from "../../lib/exercises/assign-drill";
import { createExercise } from "../../lib/exercises/create";
import { getExercise } from "../../lib/exercises/list";
import { updateExercise } from "../../lib/exercises/update";
import { answerSurvey } from "../../lib/survey/answer-survey";
import { getSurveyForm } from "../../lib/survey/get-form";
import { createTestUser } from "../auth";
import { rejectionOf } from "../factories";
import { answerOf, surveyDrill, system } from "./support";

describe("an exercise's own survey questions", () => {
  it("are stored, returned, asked in its drills' surveys after the standard ones, and answerable", async () => {
    const exercise = await createExercise({ ctx: system, input: { data: { name: "Survey game day", date: "2026-12-05", surveyQuestions: [{ id: "lunch", prompt: "Was lunch on time?", kind: "scale" }] } } });
    expect(exercise.surveyQuestions).toEqual([{ id: "lunch", prompt: "Was lunch on time?", kind: "scale" }]);
    const updated = await updateExercise({ ctx: system, input: { id: exercise.id, data: { surveyQuestions: [{ id: "lunch", prompt: "Was lunch on time?", kind: "scale" }, { id: "next", prompt: "What next time?", kind: "text" }] } } });
    expect(updated.surveyQuestions.map((question) => question.id)).toEqual(["lunch", "next"]);
    expect((await getExercise({ ctx: system, input: { id: exercise.id } })).surveyQuestions).toHaveLength(2);

    const { drillId } = await surveyDrill();
    await assignDrillToExercise({ ctx: system, input: { drillId, data: { exerciseId: exercise.id } } });
    const staff = { actor: (await createTestUser("observer")).actor };
    const form = await getSurveyForm({ ctx: staff, input: { drillId } });
    expect(form.questions.map((question) => [question.id, question.source])).toEqual([
      ["difficulty", "standard"],
      ["usefulness", "standard"],
      ["enjoyment", "standard"],
      ["change", "standard"],
      ["keep", "standard"],
      ["exercise.lunch", "exercise"],
      ["exercise.next", "exercise"],
    ]);
    const receipt = await answerSurvey({ ctx: staff, input: { drillId, data: { answers: { ...answerOf().answers, "exercise.lunch": { score: 2, text: "late" }, "exercise.next": { text: "pizza" } } } } });
    expect(receipt).toMatchObject({ answers: { "exercise.lunch": { score: 2 }, "exercise.next": { text: "pizza" } } });
  });

  it("are at most 5, with unique ids, each problem named by its path", async () => {
    const six = Array.from({ length: 6 }, (_, index) => ({ id: `q${index}`, prompt: `Question ${index}?` }));
    const tooMany = await rejectionOf(createExercise({ ctx: system, input: { data: { name: "Too curious", date: "2026-12-05", surveyQuestions: six } } }));
    expect(tooMany).toBeInstanceOf(ValidationError);
    expect((tooMany as ValidationError).problems[0]?.path).toBe("surveyQuestions");
    const exercise = await createExercise({ ctx: system, input: { data: { name: "Twice asked", date: "2026-12-05" } } });
    expect(exercise.surveyQuestions).toEqual([]);
    const twice = await rejectionOf(updateExercise({ ctx: system, input: { id: exercise.id, data: { surveyQuestions: [{ id: "a", prompt: "One?" }, { id: "a", prompt: "Two?" }] } } }));
    expect((twice as ValidationError).problems.map((problem) => problem.path)).toEqual([expect.stringMatching(/^surveyQuestions\[1\]/)]);
  });
});
