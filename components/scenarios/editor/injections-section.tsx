"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { HiddenMarker } from "../badges";
import { describedBy, FormField, inputClass, monoClass, Section, textareaClass } from "./form-field";
import { fieldError, listError, newInjection, type ScenarioFormValues } from "./form-model";
import { AddButton, ItemControls, ItemHeader } from "./item-controls";

export function InjectionsSection() {
  const { control, register, formState, getValues } = useFormContext<ScenarioFormValues>();
  // `field.id` is react-hook-form's row key; the step's own id is read from the values.
  const { fields, append, remove, move } = useFieldArray({ control, name: "injections" });
  const listProblem = listError(formState.errors.injections);
  return (
    <Section title="Injection steps" description="Run in this order by the facilitator. Say how to inject, what to expect, and how to undo it." marker={<HiddenMarker />}>
      {listProblem && (
        <p role="alert" className="text-xs text-rose-400">
          {listProblem}
        </p>
      )}
      <ol className="flex flex-col gap-3">
        {fields.map((field, index) => {
          const n = index + 1;
          const item = `Injection ${n}`;
          const err = (name: string) => fieldError(formState.errors, `injections.${index}.${name}`);
          const nameId = `injections-${index}-name`;
          const instructionsId = `injections-${index}-instructions`;
          return (
            <li key={field.id} className="flex flex-col gap-2 rounded-md border border-zinc-800 bg-zinc-950/40 p-2.5">
              <ItemHeader label={`Step ${n}`} itemId={getValues(`injections.${index}.id`)} idError={err("id")}>
                <ItemControls itemLabel={`injection ${n}`} index={index} count={fields.length} onMove={move} onRemove={() => remove(index)} canRemove={fields.length > 1} />
              </ItemHeader>
              <FormField id={nameId} label="name" itemLabel={item} error={err("name")}>
                <input id={nameId} className={inputClass} placeholder="e.g. Black-hole traffic to the session cache" {...register(`injections.${index}.name`)} {...describedBy(nameId, err("name"))} />
              </FormField>
              <FormField id={instructionsId} label="instructions" itemLabel={item} error={err("instructions")} hint="Prerequisites, the command, expected signals, and the rollback. Wrap commands in `backticks`.">
                <textarea id={instructionsId} rows={4} className={`${inputClass} ${textareaClass} ${monoClass} min-h-24`} {...register(`injections.${index}.instructions`)} {...describedBy(instructionsId, err("instructions"))} />
              </FormField>
            </li>
          );
        })}
      </ol>
      <AddButton onClick={() => append(newInjection())}>Add injection step</AddButton>
    </Section>
  );
}
