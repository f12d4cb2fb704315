"use client";

import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { HiddenMarker } from "../badges";
import { AlertItem } from "./alert-item";
import { EmptyList, ListProblem, Section } from "./form-field";
import { listError } from "./form-errors";
import { newAlert, type FormAlert, type ScenarioFormValues } from "./form-model";
import { AddButton } from "./item-controls";

export function AlertsSection() {
  const { control, formState, getValues } = useFormContext<ScenarioFormValues>();
  const { fields, append, remove, move, replace } = useFieldArray({ control, name: "alerts" });
  const injections = useWatch({ control, name: "injections" }) ?? [];
  const steps = injections.map((step) => ({ id: step.id, name: step.name }));

  const addAlert = () => {
    const last = getValues("alerts")?.at(-1);
    const alert = newAlert(Number.isFinite(last?.offsetMinutes) ? (last?.offsetMinutes as number) : 0);
    append(last ? { ...alert, relativeTo: last.relativeTo ?? "start" } : alert);
  };
  // Alerts from the start first, then those timed from each injection step in step order; by offset within each.
  const sortByTiming = () => {
    const origin = (alert: FormAlert) => (!alert.relativeTo || alert.relativeTo === "start" ? -1 : steps.findIndex((step) => step.id === alert.relativeTo));
    const at = (offset: number) => (Number.isFinite(offset) ? offset : Infinity);
    replace([...(getValues("alerts") ?? [])].sort((a, b) => origin(a) - origin(b) || at(a.offsetMinutes) - at(b.offsetMinutes)));
  };

  return (
    <Section
      id="alerts"
      title="Scripted alerts"
      description="Fired into the channel at their offset from the drill's start or from an injection step, as if from the monitoring tool."
      marker={
        <div className="flex items-center gap-2">
          {fields.length > 1 && (
            <Button variant="ghost" size="sm" onClick={sortByTiming}>
              Sort by timing
            </Button>
          )}
          <HiddenMarker />
        </div>
      }
    >
      <ListProblem message={listError(formState.errors.alerts)} />
      {fields.length === 0 && <EmptyList>No alerts yet. Most drills need at least the page that starts the incident.</EmptyList>}
      <ol className="flex flex-col gap-3">
        {fields.map((field, index) => (
          <AlertItem key={field.id} index={index} count={fields.length} steps={steps} onMove={move} onRemove={() => remove(index)} />
        ))}
      </ol>
      <AddButton onClick={addAlert}>Add alert</AddButton>
    </Section>
  );
}
