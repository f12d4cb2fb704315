"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { describedBy, FormField, inputClass, Section, textareaClass } from "./form-field";
import { fieldError, listError, newHint, type ScenarioFormValues } from "./form-model";
import { AddButton, ItemControls, ItemHeader } from "./item-controls";

/** Blank means "release on demand"; valueAsNumber would turn it into NaN, which the schema rejects. */
const optionalMinutes = (value: unknown) => (value === "" || value === null || value === undefined ? undefined : Number(value));

export function HintsSection() {
  const { control, register, formState, getValues } = useFormContext<ScenarioFormValues>();
  // `field.id` is react-hook-form's row key; the hint's own id is read from the values.
  const { fields, append, remove, move } = useFieldArray({ control, name: "hints" });
  const listProblem = listError(formState.errors.hints);
  return (
    <Section title="Hints" description="Released by facilitators when responders are stuck, in this order. An offset unlocks the hint at that time.">
      {listProblem && (
        <p role="alert" className="text-xs text-rose-400">
          {listProblem}
        </p>
      )}
      {fields.length === 0 && <p className="text-xs text-zinc-500">No hints yet.</p>}
      <ol className="flex flex-col gap-3">
        {fields.map((field, index) => {
          const n = index + 1;
          const item = `Hint ${n}`;
          const err = (name: string) => fieldError(formState.errors, `hints.${index}.${name}`);
          const textId = `hints-${index}-text`;
          const offsetId = `hints-${index}-offset`;
          return (
            <li key={field.id} className="flex flex-col gap-2 rounded-md border border-zinc-800 bg-zinc-950/40 p-2.5">
              <ItemHeader label={item} itemId={getValues(`hints.${index}.id`)} idError={err("id")}>
                <ItemControls itemLabel={`hint ${n}`} index={index} count={fields.length} onMove={move} onRemove={() => remove(index)} />
              </ItemHeader>
              <div className="grid gap-2 sm:grid-cols-[1fr_7.5rem]">
                <FormField id={textId} label="text" itemLabel={item} error={err("text")}>
                  <textarea id={textId} rows={2} className={`${inputClass} ${textareaClass} min-h-14`} placeholder="A question that points the right way without giving the answer" {...register(`hints.${index}.text`)} {...describedBy(textId, err("text"))} />
                </FormField>
                <FormField id={offsetId} label="offset (min)" itemLabel={item} error={err("offsetMinutes")} hint="Blank: on demand">
                  <input id={offsetId} type="number" min={0} step={1} className={`${inputClass} tabular-nums`} {...register(`hints.${index}.offsetMinutes`, { setValueAs: optionalMinutes })} {...describedBy(offsetId, err("offsetMinutes"))} />
                </FormField>
              </div>
            </li>
          );
        })}
      </ol>
      <AddButton onClick={() => append(newHint())}>Add hint</AddButton>
    </Section>
  );
}
