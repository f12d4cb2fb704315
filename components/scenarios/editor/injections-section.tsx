"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { HiddenMarker } from "../badges";
import { describedBy, FormField, inputClass, ListProblem, Section } from "./form-field";
import { fieldError, listError } from "./form-errors";
import { newInjection, type ScenarioFormValues } from "./form-model";
import { AddButton, ItemCard, ItemControls, ItemHeader } from "./item-controls";
import { StepActionFields } from "./step-action-fields";

export function InjectionsSection() {
  const { control, register, formState, getValues } = useFormContext<ScenarioFormValues>();
  // `field.id` is react-hook-form's row key; the step's own id is read from the values.
  const { fields, append, remove, move } = useFieldArray({ control, name: "injections" });
  return (
    <Section
      id="injections"
      title="Injection steps"
      description="Run in this order. Each step says how to break things and how to undo it; a dry run and the drill's abort use the rollback."
      marker={<HiddenMarker />}
    >
      <ListProblem message={listError(formState.errors.injections)} />
      <ol className="flex flex-col gap-3">
        {fields.map((field, index) => {
          const n = index + 1;
          const err = (name: string) => fieldError(formState.errors, `injections.${index}.${name}`);
          const nameId = `injections-${index}-name`;
          return (
            <ItemCard key={field.id}>
              <ItemHeader label={`Step ${n}`} itemId={getValues(`injections.${index}.id`)} idError={err("id")}>
                <ItemControls itemLabel={`injection ${n}`} index={index} count={fields.length} onMove={move} onRemove={() => remove(index)} canRemove={fields.length > 1} />
              </ItemHeader>
              <FormField id={nameId} label="name" itemLabel={`Injection ${n}`} error={err("name")}>
                <input id={nameId} className={inputClass} placeholder="e.g. Black-hole traffic to the session cache" {...register(`injections.${index}.name`)} {...describedBy(nameId, err("name"))} />
              </FormField>
              <div className="grid gap-2 lg:grid-cols-2">
                <StepActionFields index={index} part="action" />
                <StepActionFields index={index} part="rollback" />
              </div>
            </ItemCard>
          );
        })}
      </ol>
      <AddButton onClick={() => append(newInjection())}>Add injection step</AddButton>
    </Section>
  );
}
