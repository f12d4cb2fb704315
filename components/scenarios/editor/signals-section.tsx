"use client";

import { useFieldArray, useFormContext } from "react-hook-form";
import { SIGNAL_DIRECTIONS } from "@/lib/scenarios/schemas";
import { HiddenMarker } from "../badges";
import { describedBy, EmptyList, inputClass, ListProblem, Section, textareaClass } from "./form-field";
import { fieldError, listError } from "./form-errors";
import { newSignal, type ScenarioFormValues } from "./form-model";
import { AddButton, ItemControls } from "./item-controls";
import { CellError, RowNumber, SrLabel } from "./table-rows";

export const DIRECTION_LABELS: Record<(typeof SIGNAL_DIRECTIONS)[number], string> = { up: "↑ goes up", down: "↓ goes down", appears: "+ appears", disappears: "− disappears" };

/** What the designers expect to move, so facilitators know the injection "took" and the signals check has a list. */
export function SignalsSection() {
  const { control, register, formState } = useFormContext<ScenarioFormValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "expectedSignals" });
  return (
    <Section id="signals" title="Expected signals" description="What should move once the injection lands, and where to look." marker={<HiddenMarker />}>
      <ListProblem message={listError(formState.errors.expectedSignals)} />
      {fields.length === 0 ? (
        <EmptyList>No signals yet. Name the graphs a facilitator should watch to know the injection worked.</EmptyList>
      ) : (
        <ol className="flex flex-col gap-2">
          {fields.map((field, index) => {
            const n = index + 1;
            const err = (name: string) => fieldError(formState.errors, `expectedSignals.${index}.${name}`);
            const id = (name: string) => `signals-${index}-${name}`;
            return (
              <li key={field.id} className="grid grid-cols-[1.25rem_minmax(0,1fr)_auto] items-start gap-x-1.5 gap-y-1.5 border-b border-zinc-800/70 pb-2 last:border-0 last:pb-0">
                <RowNumber n={n} />
                <div>
                  <SrLabel htmlFor={id("signal")}>Signal {n}</SrLabel>
                  <textarea id={id("signal")} rows={1} className={`${inputClass} ${textareaClass} min-h-9`} placeholder="What moves, e.g. api-server p99 latency" {...register(`expectedSignals.${index}.signal`)} {...describedBy(id("signal"), err("signal"))} />
                  <CellError id={id("signal")} message={err("signal") ?? err("id")} />
                </div>
                <ItemControls itemLabel={`signal ${n}`} index={index} count={fields.length} onMove={move} onRemove={() => remove(index)} />
                <div className="col-start-2 grid grid-cols-[9rem_minmax(0,1fr)] gap-1.5">
                  <div>
                    <SrLabel htmlFor={id("direction")}>Signal {n} direction</SrLabel>
                    <select id={id("direction")} className={`${inputClass} text-xs`} {...register(`expectedSignals.${index}.direction`)} {...describedBy(id("direction"), err("direction"))}>
                      {SIGNAL_DIRECTIONS.map((direction) => (
                        <option key={direction} value={direction}>
                          {DIRECTION_LABELS[direction]}
                        </option>
                      ))}
                    </select>
                    <CellError id={id("direction")} message={err("direction")} />
                  </div>
                  <div>
                    <SrLabel htmlFor={id("dashboard")}>Signal {n} dashboard URL</SrLabel>
                    <input id={id("dashboard")} type="url" className={`${inputClass} font-mono text-[12px]`} placeholder="Dashboard URL, e.g. https://grafana.stage/d/api" spellCheck={false} {...register(`expectedSignals.${index}.dashboardUrl`)} {...describedBy(id("dashboard"), err("dashboardUrl"))} />
                    <CellError id={id("dashboard")} message={err("dashboardUrl")} />
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <AddButton onClick={() => append(newSignal())}>Add signal</AddButton>
    </Section>
  );
}
