"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect } from "react";
import type { UseFormReturn } from "react-hook-form";
import { MILESTONE_LABELS } from "@/lib/drill-model/milestones";
import { scenarioListQuery, scenarioQuery } from "@/lib/queries/scenarios";
import { Field, inputClass } from "../ui/field";
import type { ActionItemFormValues } from "./action-item-form";

/** "Verify by": the scenario whose later drill should prove the item fixed, and which of its success criteria. */
export function VerifyFields({ form, idPrefix }: { form: UseFormReturn<ActionItemFormValues>; idPrefix: string }) {
  const scenarios = useQuery(scenarioListQuery());
  const scenarioId = form.watch("verifyScenarioId");
  const scenario = useQuery({ ...scenarioQuery(scenarioId), enabled: scenarioId !== "" });
  const criteria = scenario.data?.definition.successCriteria ?? [];
  const milestone = form.watch("verifyMilestone");
  const { setValue } = form;
  // A criterion of the scenario chosen before is no criterion of this one.
  useEffect(() => {
    if (scenario.data && milestone && !scenario.data.definition.successCriteria.some((criterion) => criterion.milestone === milestone)) setValue("verifyMilestone", "");
  }, [scenario.data, milestone, setValue]);
  const errors = form.formState.errors;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <>
      <Field label="Verify by a later drill of" htmlFor={id("verify-scenario")} error={errors.verifyScenarioId?.message} hint="When that drill closes meeting the criterion, it proposes the item verified.">
        {/* Mounted once the options are there, so the form's default (the drill's own scenario) shows selected. */}
        {scenarios.data ? (
          <select id={id("verify-scenario")} className={inputClass} {...form.register("verifyScenarioId")}>
            <option value="">No verification</option>
            {scenarios.data.map((one) => (
              <option key={one.id} value={one.id}>
                {one.title}
              </option>
            ))}
          </select>
        ) : (
          <select id={id("verify-scenario")} className={inputClass} disabled>
            <option>Loading scenarios…</option>
          </select>
        )}
      </Field>
      <Field label="Criterion" htmlFor={id("verify-milestone")} error={errors.verifyMilestone?.message}>
        <select id={id("verify-milestone")} className={inputClass} disabled={scenarioId === ""} {...form.register("verifyMilestone")}>
          <option value="">Every success criterion</option>
          {criteria.map((criterion) => (
            <option key={criterion.milestone} value={criterion.milestone}>
              {MILESTONE_LABELS[criterion.milestone]} within {criterion.withinMinutes} min
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
