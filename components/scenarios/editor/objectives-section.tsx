"use client";

import { useController, useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { MILESTONES, type Milestone } from "@/lib/drill-model/milestone-names";
import { MILESTONE_LABELS } from "@/lib/drill-model/milestones";
import { describedBy, EmptyList, FormField, inputClass, ListProblem, Section, textareaClass } from "./form-field";
import { fieldError, listError } from "./form-errors";
import { newObjective, type ScenarioFormValues } from "./form-model";
import { AddButton, ItemCard, ItemControls, ItemHeader } from "./item-controls";

/** What the drill exercises (detect, escalate, mitigate, communicate), each rated P/S/M/U from the criteria on its milestones. */
export function ObjectivesSection() {
  const { control, formState } = useFormContext<ScenarioFormValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "objectives" });
  return (
    <Section id="objectives" title="Objectives" description="What the drill exercises. Each is rated P/S/M/U in the report, suggested from the success criteria on its milestones.">
      <ListProblem message={listError(formState.errors.objectives)} />
      {fields.length === 0 && <EmptyList>No objectives: the report rates each success criterion as its own objective.</EmptyList>}
      <ol className="flex flex-col gap-3">
        {fields.map((field, index) => (
          <ObjectiveItem key={field.id} index={index} count={fields.length} onMove={move} onRemove={() => remove(index)} />
        ))}
      </ol>
      <AddButton onClick={() => append(newObjective())}>Add objective</AddButton>
    </Section>
  );
}

function MilestonePicker({ index, item }: { index: number; item: string }) {
  const { control, formState } = useFormContext<ScenarioFormValues>();
  const name = `objectives.${index}.milestones` as const;
  const { field } = useController({ control, name });
  const chosen = (field.value as Milestone[] | undefined) ?? [];
  const criteria = useWatch({ control, name: "successCriteria" }) ?? [];
  const error = fieldError(formState.errors, name) ?? listError((formState.errors.objectives?.[index] as { milestones?: unknown } | undefined)?.milestones, "Milestone");
  const groupId = `objectives-${index}-milestones`;
  const toggle = (milestone: Milestone, on: boolean) => field.onChange(MILESTONES.filter((other) => (other === milestone ? on : chosen.includes(other))));
  const covered = chosen.flatMap((milestone) => criteria.filter((criterion) => criterion?.milestone === milestone).map((criterion) => `${MILESTONE_LABELS[milestone]} within ${criterion.withinMinutes} min`));
  return (
    <fieldset className="flex min-w-0 flex-col gap-1" {...describedBy(groupId, error)}>
      <legend className="mb-1 text-xs font-medium text-zinc-400">
        <span className="sr-only">{item} </span>Milestones that show it
      </legend>
      <div className="flex flex-wrap gap-x-3 gap-y-1.5">
        {MILESTONES.map((milestone) => (
          <label key={milestone} className="flex items-center gap-1.5 text-xs text-zinc-300">
            <input
              type="checkbox"
              name={name}
              value={milestone}
              checked={chosen.includes(milestone)}
              onChange={(event) => toggle(milestone, event.target.checked)}
              onBlur={field.onBlur}
              aria-label={`${item} milestone ${MILESTONE_LABELS[milestone]}`}
              className="h-3.5 w-3.5 accent-sky-500"
            />
            {MILESTONE_LABELS[milestone]}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${groupId}-error`} className="text-xs text-rose-400">
          {error}
        </p>
      ) : (
        <p className="text-[11px] text-zinc-500">{covered.length ? `Rated against: ${covered.join("; ")}.` : "No success criterion is set on these milestones: it is rated by whether they were reached."}</p>
      )}
    </fieldset>
  );
}

function ObjectiveItem({ index, count, onMove, onRemove }: { index: number; count: number; onMove: (from: number, to: number) => void; onRemove: () => void }) {
  const { control, register, formState } = useFormContext<ScenarioFormValues>();
  const objectiveId = useWatch({ control, name: `objectives.${index}.id` });
  const n = index + 1;
  const item = `Objective ${n}`;
  const err = (name: string) => fieldError(formState.errors, `objectives.${index}.${name}`);
  const id = (name: string) => `objectives-${index}-${name}`;
  return (
    <ItemCard>
      <ItemHeader label={item} itemId={objectiveId} idError={err("id")}>
        <ItemControls itemLabel={`objective ${n}`} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </ItemHeader>
      <div className="grid items-start gap-3 lg:grid-cols-[minmax(0,16rem)_minmax(0,1fr)]">
        <FormField id={id("name")} label="name" itemLabel={item} error={err("name")}>
          <input id={id("name")} className={inputClass} placeholder="e.g. Detect, Escalate, Communicate" {...register(`objectives.${index}.name`)} {...describedBy(id("name"), err("name"))} />
        </FormField>
        <FormField id={id("description")} label="description" itemLabel={item} error={err("description")}>
          <textarea id={id("description")} rows={1} className={`${inputClass} ${textareaClass} min-h-9`} placeholder="What good looks like" {...register(`objectives.${index}.description`)} {...describedBy(id("description"), err("description"))} />
        </FormField>
      </div>
      <MilestonePicker index={index} item={item} />
    </ItemCard>
  );
}
