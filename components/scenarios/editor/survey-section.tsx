"use client";

import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { SURVEY_QUESTIONS_MAX } from "@/lib/scenarios/schemas";
import { describedBy, EmptyList, FormField, inlineSelectClass, inputClass, ListProblem, Section } from "./form-field";
import { fieldError, listError } from "./form-errors";
import { newSurveyQuestion, type ScenarioFormValues } from "./form-model";
import { AddButton, ItemCard, ItemControls, ItemHeader } from "./item-controls";

/** The scenario's own questions for the hot-wash survey, asked after the standard five. */
export function SurveySection() {
  const { control, formState } = useFormContext<ScenarioFormValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "survey" });
  return (
    <Section
      id="survey"
      title="Survey"
      description={`Every drill's survey asks how hard, useful and enjoyable it was (1–5, with why), what to change and one thing to keep. Add up to ${SURVEY_QUESTIONS_MAX} questions of this scenario's own.`}
    >
      <ListProblem message={listError(formState.errors.survey)} />
      {fields.length === 0 && <EmptyList>No questions of its own: drills of this scenario ask the standard ones.</EmptyList>}
      <ol className="flex flex-col gap-3">
        {fields.map((field, index) => (
          <SurveyQuestionItem key={field.id} index={index} count={fields.length} onMove={move} onRemove={() => remove(index)} />
        ))}
      </ol>
      {fields.length < SURVEY_QUESTIONS_MAX && <AddButton onClick={() => append(newSurveyQuestion())}>Add survey question</AddButton>}
    </Section>
  );
}

function SurveyQuestionItem({ index, count, onMove, onRemove }: { index: number; count: number; onMove: (from: number, to: number) => void; onRemove: () => void }) {
  const { control, register, formState } = useFormContext<ScenarioFormValues>();
  const questionId = useWatch({ control, name: `survey.${index}.id` });
  const n = index + 1;
  const item = `Survey question ${n}`;
  const err = (name: string) => fieldError(formState.errors, `survey.${index}.${name}`);
  const id = (name: string) => `survey-${index}-${name}`;
  return (
    <ItemCard>
      <ItemHeader label={item} itemId={questionId} idError={err("id")}>
        <ItemControls itemLabel={`survey question ${n}`} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </ItemHeader>
      <div className="grid items-start gap-3 lg:grid-cols-[minmax(0,1fr)_auto]">
        <FormField id={id("prompt")} label="question" itemLabel={item} error={err("prompt")}>
          <input id={id("prompt")} className={inputClass} placeholder="e.g. Were the dashboards enough to find the cause?" {...register(`survey.${index}.prompt`)} {...describedBy(id("prompt"), err("prompt"))} />
        </FormField>
        <FormField id={id("kind")} label="answered with" itemLabel={item} error={err("kind")}>
          <select id={id("kind")} className={inlineSelectClass} {...register(`survey.${index}.kind`)}>
            <option value="scale">a 1–5 scale and why</option>
            <option value="text">a free text</option>
          </select>
        </FormField>
      </div>
    </ItemCard>
  );
}
