"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useFieldArray, useForm } from "react-hook-form";
import { z } from "zod";
import { updateExerciseMutation, type ExerciseSummary } from "@/lib/queries/exercises";
import { SURVEY_QUESTIONS_MAX, surveyQuestionListSchema, type SurveyQuestionInput } from "@/lib/scenarios/schemas";
import { Can } from "../auth/can";
import { Button } from "../ui/button";
import { Card } from "../ui/card";
import { ErrorBanner, Field, inputClass } from "../ui/field";
import { placeProblems } from "../ui/form-problems";

const formSchema = z.object({ surveyQuestions: surveyQuestionListSchema });
type Values = z.input<typeof formSchema>;

const newQuestion = (): SurveyQuestionInput => ({ id: `q-${Math.random().toString(36).slice(2, 8)}`, prompt: "", kind: "scale" });

function QuestionsForm({ exercise, onDone }: { exercise: ExerciseSummary; onDone: () => void }) {
  const update = useMutation(updateExerciseMutation(useQueryClient(), exercise.id));
  const form = useForm<Values>({ resolver: zodResolver(formSchema), defaultValues: { surveyQuestions: exercise.surveyQuestions } });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "surveyQuestions" });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    try {
      await update.mutateAsync({ surveyQuestions: formSchema.parse(values).surveyQuestions });
      onDone();
    } catch (error) {
      const message = placeProblems(error, form.setError, ["surveyQuestions"]);
      if (message) form.setError("root", { type: "server", message });
    }
  });
  const listProblem = errors.surveyQuestions?.message ?? errors.surveyQuestions?.root?.message;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3" aria-label="Survey questions">
      <ol className="flex flex-col gap-2">
        {fields.map((field, index) => {
          const error = errors.surveyQuestions?.[index];
          return (
            <li key={field.id} className="grid items-end gap-2 sm:grid-cols-[minmax(0,1fr)_auto_auto]">
              <Field label={`Question ${index + 1}`} htmlFor={`exercise-question-${index}`} error={error?.prompt?.message ?? error?.id?.message}>
                <input id={`exercise-question-${index}`} className={inputClass} aria-invalid={error?.prompt ? true : undefined} placeholder="e.g. Was the room set up in time?" {...form.register(`surveyQuestions.${index}.prompt`)} />
              </Field>
              <Field label="Answered with" htmlFor={`exercise-question-${index}-kind`}>
                <select id={`exercise-question-${index}-kind`} className={inputClass} {...form.register(`surveyQuestions.${index}.kind`)}>
                  <option value="scale">a 1–5 scale and why</option>
                  <option value="text">a free text</option>
                </select>
              </Field>
              <Button variant="ghost" size="sm" aria-label={`Remove question ${index + 1}`} onClick={() => remove(index)}>
                Remove
              </Button>
            </li>
          );
        })}
      </ol>
      {listProblem && <p role="alert" className="text-xs text-rose-400">{listProblem}</p>}
      {fields.length < SURVEY_QUESTIONS_MAX && (
        <Button size="sm" className="self-start" onClick={() => append(newQuestion())}>
          Add a question
        </Button>
      )}
      <ErrorBanner message={errors.root?.message} />
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onDone} disabled={isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? "Saving…" : "Save questions"}
        </Button>
      </div>
    </form>
  );
}

/** The game day's own survey questions: asked in every one of its drills, after the standard ones and the scenario's. */
export function ExerciseSurveyQuestions({ exercise }: { exercise: ExerciseSummary }) {
  const [editing, setEditing] = useState(false);
  const edit = (
    <Can permission="drill.run">
      <Button size="sm" onClick={() => setEditing(true)}>
        Edit questions
      </Button>
    </Can>
  );
  return (
    <Card title={`Survey questions (${exercise.surveyQuestions.length})`} actions={editing ? undefined : edit}>
      {editing ? (
        <QuestionsForm exercise={exercise} onDone={() => setEditing(false)} />
      ) : exercise.surveyQuestions.length === 0 ? (
        <p className="text-sm text-zinc-500">Its drills ask the standard questions (how hard, useful and enjoyable, what to change, one thing to keep) and their scenario&apos;s. Add up to {SURVEY_QUESTIONS_MAX} of the game day&apos;s own.</p>
      ) : (
        <ol className="flex list-decimal flex-col gap-1 pl-5 text-sm text-zinc-200">
          {exercise.surveyQuestions.map((question) => (
            <li key={question.id}>
              {question.prompt} <span className="text-xs text-zinc-500">({question.kind === "scale" ? "1–5 and why" : "free text"})</span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
