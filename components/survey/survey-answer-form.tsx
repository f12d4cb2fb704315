"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useForm, type UseFormSetError } from "react-hook-form";
import { ApiError } from "@/lib/api-client";
import { answerSurveyMutation, type SurveyAnswerInput, type SurveyForm, type SurveyTarget } from "@/lib/queries/survey";
import type { SurveyQuestion } from "@/lib/survey/questions";
import { Button } from "../ui/button";
import { ErrorBanner, Field, inputClass } from "../ui/field";
import { ScaleQuestion } from "./scale-question";

/** Fields by question index: question ids hold dots ("scenario.dash"), which react-hook-form would read as nesting. */
interface Values {
  anonymous: boolean;
  answers: { score: string; text: string }[];
}

function initialValues(form: SurveyForm): Values {
  return { anonymous: false, answers: form.questions.map((question) => ({ score: form.mine?.[question.id]?.score?.toString() ?? "", text: form.mine?.[question.id]?.text ?? "" })) };
}

function toAnswer(questions: readonly SurveyQuestion[], values: Values): SurveyAnswerInput {
  const answers: SurveyAnswerInput["answers"] = {};
  questions.forEach((question, index) => {
    const { score, text } = values.answers[index]!;
    const answer = { ...(score ? { score: Number(score) } : {}), ...(text.trim() ? { text } : {}) };
    if (Object.keys(answer).length > 0) answers[question.id] = answer;
  });
  return { anonymous: values.anonymous, answers };
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The server names problems as `answers.<questionId>.score`: each lands on its question; the rest are returned for the banner. */
function placeServerProblems(error: unknown, questions: readonly SurveyQuestion[], setError: UseFormSetError<Values>): string | null {
  if (!(error instanceof ApiError)) return "Something went wrong; try again.";
  const unplaced: string[] = [];
  for (const problem of error.problems) {
    const index = questions.findIndex((question) => problem.path === `answers.${question.id}` || problem.path.startsWith(`answers.${question.id}.`));
    const field = problem.path.endsWith(".text") ? "text" : "score";
    if (index >= 0) setError(`answers.${index}.${field}`, { type: "server", message: sentence(problem.message) });
    else unplaced.push(`${problem.path} ${problem.message}`);
  }
  if (error.problems.length > 0 && unplaced.length === 0) return null;
  return unplaced.length ? `${error.message}: ${unplaced.join("; ")}` : error.message;
}

/** The survey's questions, for participants and staff alike; `editing` a named answer keeps it named. */
export function SurveyAnswerForm({ form, target, editing, onDone }: { form: SurveyForm; target: SurveyTarget; editing: boolean; onDone: () => void }) {
  const client = useQueryClient();
  const answer = useMutation(answerSurveyMutation(client, target));
  const { register, handleSubmit, setError, watch, formState } = useForm<Values>({ defaultValues: initialValues(form) });
  const anonymous = watch("anonymous");
  const [banner, setBanner] = useState<string | null>(null);

  const submit = handleSubmit((values) => {
    setBanner(null);
    answer.mutate(toAnswer(form.questions, values), { onSuccess: onDone, onError: (error) => setBanner(placeServerProblems(error, form.questions, setError)) });
  });
  return (
    <form onSubmit={submit} aria-label="Survey" className="flex flex-col gap-4" noValidate>
      {form.questions.map((question, index) => {
        const errors = formState.errors.answers?.[index];
        if (question.kind === "scale") {
          return (
            <ScaleQuestion
              key={question.id}
              question={question}
              score={register(`answers.${index}.score`, { required: question.required ? "Pick 1 to 5" : false })}
              why={register(`answers.${index}.text`)}
              errors={errors}
            />
          );
        }
        return (
          <Field key={question.id} label={question.prompt} htmlFor={`survey-${index}`} error={errors?.text?.message ?? errors?.score?.message}>
            <textarea id={`survey-${index}`} rows={2} aria-invalid={Boolean(errors?.text ?? errors?.score)} className={inputClass} {...register(`answers.${index}.text`)} />
          </Field>
        );
      })}
      {editing ? (
        <p className="text-xs text-zinc-500">Your answer stays under your name ({form.respondent.name}).</p>
      ) : (
        <label className="flex items-start gap-2 text-sm text-zinc-200">
          <input type="checkbox" className="mt-1 accent-sky-500" aria-describedby="survey-anonymous-means" {...register("anonymous")} />
          <span>
            Answer anonymously
            <span id="survey-anonymous-means" className="block text-xs text-zinc-500">
              No name is kept with your answer, so you cannot edit it later. Results stay hidden until 3 people have answered.
            </span>
          </span>
        </label>
      )}
      <ErrorBanner message={banner} />
      <div className="flex items-center gap-2">
        <Button type="submit" variant="primary" disabled={answer.isPending}>
          {editing ? "Save my answer" : anonymous ? "Send anonymously" : `Send as ${form.respondent.name}`}
        </Button>
        {editing && (
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
