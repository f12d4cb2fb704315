"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { ALERT_SOURCES, SEVERITIES } from "@/lib/scenarios/schemas";
import { Button } from "@/components/ui/button";
import { HiddenMarker, sourceLabel } from "../badges";
import { describedBy, FormField, inputClass, monoClass, Section, textareaClass } from "./form-field";
import { fieldError, listError, newAlert, type ScenarioFormValues } from "./form-model";
import { AddButton, ItemControls, ItemHeader } from "./item-controls";

export function AlertsSection() {
  const { control, register, formState, getValues } = useFormContext<ScenarioFormValues>();
  // `field.id` is react-hook-form's row key; the alert's own id is read from the values.
  const { fields, append, remove, move, replace } = useFieldArray({ control, name: "alerts" });
  const listProblem = listError(formState.errors.alerts);

  const addAlert = () => {
    const last = getValues("alerts")?.at(-1)?.offsetMinutes;
    append(newAlert(Number.isFinite(last) ? (last as number) : 0));
  };
  const sortByOffset = () => {
    const at = (offset: number) => (Number.isFinite(offset) ? offset : Infinity);
    replace([...(getValues("alerts") ?? [])].sort((a, b) => at(a.offsetMinutes) - at(b.offsetMinutes)));
  };

  return (
    <Section
      title="Scripted alerts"
      description="Fired into the channel at their offset from the incident's declaration, as if from the monitoring tool."
      marker={
        <div className="flex items-center gap-2">
          {fields.length > 1 && (
            <Button variant="ghost" size="sm" onClick={sortByOffset}>
              Sort by offset
            </Button>
          )}
          <HiddenMarker />
        </div>
      }
    >
      {listProblem && (
        <p role="alert" className="text-xs text-rose-400">
          {listProblem}
        </p>
      )}
      {fields.length === 0 && <p className="text-xs text-zinc-500">No alerts yet. Most drills need at least the page that starts the incident.</p>}
      <ol className="flex flex-col gap-3">
        {fields.map((field, index) => {
          const n = index + 1;
          const item = `Alert ${n}`;
          const err = (name: string) => fieldError(formState.errors, `alerts.${index}.${name}`);
          const id = (name: string) => `alerts-${index}-${name}`;
          return (
            <li key={field.id} className="flex flex-col gap-2 rounded-md border border-zinc-800 bg-zinc-950/40 p-2.5">
              <ItemHeader label={item} itemId={getValues(`alerts.${index}.id`)} idError={err("id")}>
                <ItemControls itemLabel={`alert ${n}`} index={index} count={fields.length} onMove={move} onRemove={() => remove(index)} />
              </ItemHeader>
              <div className="grid grid-cols-2 gap-2 md:grid-cols-[7.5rem_8.5rem_8rem_1fr]">
                <FormField id={id("offset")} label="offset (min)" itemLabel={item} error={err("offsetMinutes")}>
                  <input id={id("offset")} type="number" min={0} step={1} className={`${inputClass} tabular-nums`} {...register(`alerts.${index}.offsetMinutes`, { valueAsNumber: true })} {...describedBy(id("offset"), err("offsetMinutes"))} />
                </FormField>
                <FormField id={id("source")} label="source" itemLabel={item} error={err("source")}>
                  <select id={id("source")} className={inputClass} {...register(`alerts.${index}.source`)} {...describedBy(id("source"), err("source"))}>
                    {ALERT_SOURCES.map((source) => (
                      <option key={source} value={source}>
                        {sourceLabel(source)}
                      </option>
                    ))}
                  </select>
                </FormField>
                <FormField id={id("severity")} label="severity" itemLabel={item} error={err("severity")}>
                  <select id={id("severity")} className={inputClass} {...register(`alerts.${index}.severity`)} {...describedBy(id("severity"), err("severity"))}>
                    {SEVERITIES.map((severity) => (
                      <option key={severity} value={severity}>
                        {severity}
                      </option>
                    ))}
                  </select>
                </FormField>
                <FormField id={id("title")} label="title" itemLabel={item} error={err("title")} className="col-span-2 md:col-span-1">
                  <input id={id("title")} className={inputClass} placeholder="[P1] api-server: 5xx ratio > 5% for 3m" {...register(`alerts.${index}.title`)} {...describedBy(id("title"), err("title"))} />
                </FormField>
              </div>
              <FormField id={id("body")} label="body" itemLabel={item} error={err("body")}>
                <textarea id={id("body")} rows={2} className={`${inputClass} ${textareaClass} ${monoClass} min-h-14`} placeholder="The alert's details, as the tool would post them" {...register(`alerts.${index}.body`)} {...describedBy(id("body"), err("body"))} />
              </FormField>
            </li>
          );
        })}
      </ol>
      <AddButton onClick={addAlert}>Add alert</AddButton>
    </Section>
  );
}
