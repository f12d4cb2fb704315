"use client";

import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { HINT_RELEASE_RULES } from "@/lib/scenarios/schemas";
import { hintTiming, RELEASE_LABELS } from "../script-words";
import { HintPreview } from "./channel-preview";
import { describedBy, EmptyList, FormField, inputClass, ListProblem, Section, textareaClass } from "./form-field";
import { fieldError, listError } from "./form-errors";
import { newHint, type ScenarioFormValues } from "./form-model";
import { AddButton, ItemCard, ItemControls, ItemHeader } from "./item-controls";
import { MilestoneOptions, optionalMilestone, optionalMinutes } from "./milestone-options";

export function HintsSection() {
  const { control, formState } = useFormContext<ScenarioFormValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "hints" });
  return (
    <Section id="hints" title="Hints" description="Posted to the channel when responders are stuck, in this order: by a facilitator, or automatically at an offset.">
      <ListProblem message={listError(formState.errors.hints)} />
      {fields.length === 0 && <EmptyList>No hints yet. Write questions that point the right way without giving the answer.</EmptyList>}
      <ol className="flex flex-col gap-3">
        {fields.map((field, index) => (
          <HintItem key={field.id} index={index} count={fields.length} onMove={move} onRemove={() => remove(index)} />
        ))}
      </ol>
      <AddButton onClick={() => append(newHint())}>Add hint</AddButton>
    </Section>
  );
}

function HintItem({ index, count, onMove, onRemove }: { index: number; count: number; onMove: (from: number, to: number) => void; onRemove: () => void }) {
  const { control, register, formState, setValue } = useFormContext<ScenarioFormValues>();
  const hint = useWatch({ control, name: `hints.${index}` });
  const n = index + 1;
  const item = `Hint ${n}`;
  const err = (name: string) => fieldError(formState.errors, `hints.${index}.${name}`);
  const id = (name: string) => `hints-${index}-${name}`;
  const release = hint?.release ?? "manual";
  const releaseField = register(`hints.${index}.release`);

  return (
    <ItemCard>
      <ItemHeader label={item} itemId={hint?.id} idError={err("id")}>
        <ItemControls itemLabel={`hint ${n}`} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </ItemHeader>
      <div className="grid items-start gap-3 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="flex min-w-0 flex-col gap-2">
          <FormField id={id("text")} label="text" itemLabel={item} error={err("text")}>
            <textarea id={id("text")} rows={2} className={`${inputClass} ${textareaClass} min-h-14`} placeholder="A question that points the right way without giving the answer" {...register(`hints.${index}.text`)} {...describedBy(id("text"), err("text"))} />
          </FormField>
          <div className="grid grid-cols-[minmax(0,1fr)_6.5rem_minmax(0,1fr)] gap-2">
            <FormField id={id("release")} label="release" itemLabel={item} error={err("release")}>
              <select
                id={id("release")}
                className={inputClass}
                {...releaseField}
                onChange={async (event) => {
                  await releaseField.onChange(event);
                  // A milestone only means something for the "unless" rule; keep no hidden leftovers.
                  if (event.target.value !== "at_offset_unless_milestone") setValue(`hints.${index}.unlessMilestone`, undefined, { shouldValidate: formState.isSubmitted });
                }}
                {...describedBy(id("release"), err("release"))}
              >
                {HINT_RELEASE_RULES.map((rule) => (
                  <option key={rule} value={rule}>
                    {RELEASE_LABELS[rule]}
                  </option>
                ))}
              </select>
            </FormField>
            <FormField id={id("offset")} label="offset (min)" itemLabel={item} error={err("offsetMinutes")}>
              <input id={id("offset")} type="number" min={0} step={1} className={`${inputClass} tabular-nums`} {...register(`hints.${index}.offsetMinutes`, { setValueAs: optionalMinutes })} {...describedBy(id("offset"), err("offsetMinutes"))} />
            </FormField>
            {release === "at_offset_unless_milestone" ? (
              <FormField id={id("unless")} label="unless milestone" itemLabel={item} error={err("unlessMilestone")}>
                <select id={id("unless")} className={inputClass} {...register(`hints.${index}.unlessMilestone`, { setValueAs: optionalMilestone })} {...describedBy(id("unless"), err("unlessMilestone"))}>
                  <option value="">Choose…</option>
                  <MilestoneOptions />
                </select>
              </FormField>
            ) : (
              <p className="self-end pb-2 text-[11px] text-zinc-600">{release === "manual" ? "A facilitator releases it from the control room; an offset is only a suggestion." : "Posted at the offset, whatever happens."}</p>
            )}
          </div>
        </div>
        <HintPreview hint={hint} number={n} timing={hintTiming(hint ?? {})} />
      </div>
    </ItemCard>
  );
}
