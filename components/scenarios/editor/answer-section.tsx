"use client";

import { useState } from "react";
import { get, useController, useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { HiddenMarker } from "../badges";
import { describedBy, EmptyList, inputClass, ListProblem, Section, textareaClass } from "./form-field";
import { errorSentence, fieldError, listError } from "./form-errors";
import { newCriterion, type ScenarioFormValues } from "./form-model";
import { AddButton, ItemControls } from "./item-controls";
import { MilestoneOptions } from "./milestone-options";
import { CellError, ColumnHeads, RowNumber, SrLabel } from "./table-rows";

let lastKey = 0;

/** The designers' model answer as ordered steps. A list of plain strings, so rows are keyed here rather than by useFieldArray. */
function ModelAnswerSteps() {
  const { control, formState } = useFormContext<ScenarioFormValues>();
  const { field } = useController({ control, name: "modelAnswer" });
  const steps = (field.value as string[] | undefined) ?? [];
  const [keys, setKeys] = useState(() => steps.map(() => ++lastKey));
  if (keys.length !== steps.length) setKeys(steps.map((_, i) => keys[i] ?? ++lastKey));
  const commit = (next: string[], nextKeys: number[]) => {
    setKeys(nextKeys);
    field.onChange(next);
  };
  const move = (from: number, to: number) => {
    const swap = <T,>(list: T[]) => list.map((item, i) => (i === from ? list[to]! : i === to ? list[from]! : item));
    commit(swap(steps), swap(keys));
  };
  return (
    <div className="flex flex-col gap-1.5">
      <h3 className="text-xs font-medium text-zinc-400">Model answer</h3>
      <ListProblem message={listError(formState.errors.modelAnswer)} />
      <ol className="flex flex-col gap-1.5">
        {steps.map((step, index) => {
          const n = index + 1;
          const id = `model-answer-${index}`;
          const error = errorSentence((get(formState.errors, `modelAnswer.${index}`) as { message?: string } | undefined)?.message);
          return (
            <li key={keys[index]} className="grid grid-cols-[1.25rem_1fr_auto] items-start gap-1.5">
              <RowNumber n={n} />
              <div>
                <SrLabel htmlFor={id}>Model answer step {n}</SrLabel>
                <textarea
                  id={id}
                  name={`modelAnswer.${index}`}
                  rows={1}
                  value={step}
                  onChange={(event) => commit(steps.map((other, i) => (i === index ? event.target.value : other)), keys)}
                  onBlur={field.onBlur}
                  placeholder={index === 0 ? "Mitigate first: fail over to the replica" : "Then…"}
                  className={`${inputClass} ${textareaClass} min-h-9`}
                  {...describedBy(id, error)}
                />
                <CellError id={id} message={error} />
              </div>
              <ItemControls itemLabel={`step ${n}`} index={index} count={steps.length} onMove={move} onRemove={() => commit(steps.filter((_, i) => i !== index), keys.filter((_, i) => i !== index))} canRemove={steps.length > 1} />
            </li>
          );
        })}
      </ol>
      <AddButton onClick={() => commit([...steps, ""], [...keys, ++lastKey])}>Add step</AddButton>
    </div>
  );
}

const criteriaColumns = "grid-cols-[1.25rem_minmax(0,1fr)_7rem_5.75rem]";

function SuccessCriteria() {
  const { control, register, formState, getValues } = useFormContext<ScenarioFormValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "successCriteria" });
  const timeBox = useWatch({ control, name: "timeBoxMinutes" });
  return (
    <div className="flex flex-col gap-1.5">
      <h3 className="text-xs font-medium text-zinc-400">Success criteria</h3>
      <ListProblem message={listError(formState.errors.successCriteria)} />
      {fields.length === 0 ? (
        <EmptyList>No criteria: the report will not say whether the drill succeeded.</EmptyList>
      ) : (
        <>
          <ColumnHeads className={criteriaColumns} heads={["", "Milestone reached", "Within (min)", ""]} />
          <ol className="flex flex-col gap-1.5">
            {fields.map((field, index) => {
              const n = index + 1;
              const err = (name: string) => fieldError(formState.errors, `successCriteria.${index}.${name}`);
              const id = (name: string) => `criteria-${index}-${name}`;
              return (
                <li key={field.id} className={`grid items-start gap-1.5 ${criteriaColumns}`}>
                  <RowNumber n={n} />
                  <div>
                    <SrLabel htmlFor={id("milestone")}>Criterion {n} milestone</SrLabel>
                    <select id={id("milestone")} className={inputClass} {...register(`successCriteria.${index}.milestone`)} {...describedBy(id("milestone"), err("milestone"))}>
                      <MilestoneOptions />
                    </select>
                    <CellError id={id("milestone")} message={err("milestone")} />
                  </div>
                  <div>
                    <SrLabel htmlFor={id("within")}>Criterion {n} within (min)</SrLabel>
                    <input id={id("within")} type="number" min={1} step={1} className={`${inputClass} tabular-nums`} {...register(`successCriteria.${index}.withinMinutes`, { valueAsNumber: true })} {...describedBy(id("within"), err("withinMinutes"))} />
                    <CellError id={id("within")} message={err("withinMinutes")} />
                  </div>
                  <ItemControls itemLabel={`criterion ${n}`} index={index} count={fields.length} onMove={move} onRemove={() => remove(index)} />
                </li>
              );
            })}
          </ol>
        </>
      )}
      <AddButton onClick={() => append(newCriterion(getValues("successCriteria") ?? [], Number(timeBox)))}>Add criterion</AddButton>
    </div>
  );
}

export function AnswerSection() {
  return (
    <Section id="answer" title="Model answer and success" description="What a strong team would do, mitigation first, and what counts as success." marker={<HiddenMarker />} tone="hidden">
      <ModelAnswerSteps />
      <SuccessCriteria />
    </Section>
  );
}
