"use client";

import { useFormContext, useWatch } from "react-hook-form";
import { ALERT_SOURCES, SEVERITIES } from "@/lib/scenarios/schemas";
import { sourceLabel } from "../badges";
import { alertTiming, stepLabel } from "../script-words";
import { AlertPreview } from "./channel-preview";
import { describedBy, FormField, inputClass, monoClass, textareaClass } from "./form-field";
import { fieldError } from "./form-errors";
import type { ScenarioFormValues } from "./form-model";
import { ItemCard, ItemControls, ItemHeader } from "./item-controls";
import { MilestoneOptions, optionalMilestone } from "./milestone-options";

export interface StepOption {
  id: string;
  name: string;
}

/** One scripted alert, with how it will look in the channel beside it. */
export function AlertItem({ index, count, steps, onMove, onRemove }: { index: number; count: number; steps: StepOption[]; onMove: (from: number, to: number) => void; onRemove: () => void }) {
  const { control, register, formState } = useFormContext<ScenarioFormValues>();
  const alert = useWatch({ control, name: `alerts.${index}` });
  const n = index + 1;
  const item = `Alert ${n}`;
  const err = (name: string) => fieldError(formState.errors, `alerts.${index}.${name}`);
  const id = (name: string) => `alerts-${index}-${name}`;
  const relativeTo = alert?.relativeTo ?? "start";
  const dangling = relativeTo !== "start" && !steps.some((step) => step.id === relativeTo);

  return (
    <ItemCard>
      <ItemHeader label={item} itemId={alert?.id} idError={err("id")}>
        <ItemControls itemLabel={`alert ${n}`} index={index} count={count} onMove={onMove} onRemove={onRemove} />
      </ItemHeader>
      <div className="grid items-start gap-3 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <div className="flex min-w-0 flex-col gap-2">
          <div className="grid grid-cols-[5.5rem_minmax(0,1fr)_minmax(0,0.8fr)] gap-2">
            <FormField id={id("offset")} label="offset (min)" itemLabel={item} error={err("offsetMinutes")}>
              <input id={id("offset")} type="number" min={0} step={1} className={`${inputClass} tabular-nums`} {...register(`alerts.${index}.offsetMinutes`, { valueAsNumber: true })} {...describedBy(id("offset"), err("offsetMinutes"))} />
            </FormField>
            <FormField id={id("relative")} label="relative to" itemLabel={item} error={err("relativeTo")}>
              <select id={id("relative")} className={inputClass} {...register(`alerts.${index}.relativeTo`)} {...describedBy(id("relative"), err("relativeTo"))}>
                <option value="start">Drill start</option>
                {steps.map((step) => (
                  <option key={step.id} value={step.id}>
                    After {stepLabel(steps, step.id)}
                  </option>
                ))}
                {dangling && <option value={relativeTo}>After a removed step ({relativeTo})</option>}
              </select>
            </FormField>
            <FormField id={id("unless")} label="unless milestone" itemLabel={item} error={err("unlessMilestone")}>
              <select id={id("unless")} className={inputClass} {...register(`alerts.${index}.unlessMilestone`, { setValueAs: optionalMilestone })} {...describedBy(id("unless"), err("unlessMilestone"))}>
                <option value="">Always fire</option>
                <MilestoneOptions />
              </select>
            </FormField>
          </div>
          <div className="grid grid-cols-[7.5rem_6.5rem_minmax(0,1fr)] gap-2">
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
            <FormField id={id("title")} label="title" itemLabel={item} error={err("title")}>
              <input id={id("title")} className={inputClass} placeholder="[P1] api-server: 5xx ratio > 5% for 3m" {...register(`alerts.${index}.title`)} {...describedBy(id("title"), err("title"))} />
            </FormField>
          </div>
          <FormField id={id("body")} label="body" itemLabel={item} error={err("body")}>
            <textarea id={id("body")} rows={2} className={`${inputClass} ${textareaClass} ${monoClass} min-h-14`} placeholder="The alert's details, as the tool would post them" {...register(`alerts.${index}.body`)} {...describedBy(id("body"), err("body"))} />
          </FormField>
        </div>
        <AlertPreview alert={alert} timing={alertTiming(alert ?? {}, steps)} />
      </div>
    </ItemCard>
  );
}
