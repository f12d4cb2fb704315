"use client";

import { useId } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import type { SurveyQuestion } from "@/lib/survey/questions";
import { inputClass } from "../ui/field";

const SCORES = [1, 2, 3, 4, 5] as const;

function scoreLabel(score: number, question: SurveyQuestion): string {
  if (score === 1 && question.low) return `1 (${question.low})`;
  if (score === 5 && question.high) return `5 (${question.high})`;
  return String(score);
}

/** A 1–5 question as a radio group with what 1 and 5 mean, and an optional "why" under it. */
export function ScaleQuestion({ question, score, why, errors }: { question: SurveyQuestion; score: UseFormRegisterReturn; why: UseFormRegisterReturn; errors?: { score?: FieldError; text?: FieldError } }) {
  const id = useId();
  const scoreError = errors?.score?.message;
  const whyError = errors?.text?.message;
  return (
    <div className="flex flex-col gap-1.5">
      <p id={`${id}-prompt`} className="text-sm font-medium text-zinc-200">
        {question.prompt}
        {question.required && <span className="text-zinc-500"> (required)</span>}
      </p>
      <div role="radiogroup" aria-labelledby={`${id}-prompt`} aria-invalid={Boolean(scoreError)} aria-describedby={scoreError ? `${id}-score-error` : undefined} className="flex flex-wrap items-center gap-1.5">
        {question.low && <span className="text-xs text-zinc-500" aria-hidden>{question.low}</span>}
        {SCORES.map((value) => (
          <label key={value} className="relative">
            <input type="radio" value={String(value)} aria-label={scoreLabel(value, question)} className="peer sr-only" {...score} />
            <span className="flex h-8 w-8 cursor-pointer items-center justify-center rounded-md border border-zinc-700 bg-zinc-950 text-sm tabular-nums text-zinc-300 peer-checked:border-sky-500 peer-checked:bg-sky-600 peer-checked:text-white peer-focus-visible:outline-2 peer-focus-visible:outline-sky-400 hover:border-zinc-500">
              {value}
            </span>
          </label>
        ))}
        {question.high && <span className="text-xs text-zinc-500" aria-hidden>{question.high}</span>}
      </div>
      {scoreError && (
        <p id={`${id}-score-error`} role="alert" className="text-xs text-rose-400">
          {scoreError}
        </p>
      )}
      <label htmlFor={`${id}-why`} className="sr-only">
        Why? {question.prompt}
      </label>
      <textarea id={`${id}-why`} rows={2} placeholder="Why? (optional)" aria-invalid={Boolean(whyError)} className={inputClass} {...why} />
      {whyError && (
        <p role="alert" className="text-xs text-rose-400">
          {whyError}
        </p>
      )}
    </div>
  );
}
