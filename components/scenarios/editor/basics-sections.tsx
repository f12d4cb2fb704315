"use client";

import { Controller, useFormContext } from "react-hook-form";
import { HiddenMarker } from "../badges";
import { describedBy, FormField, inputClass, Section, textareaClass } from "./form-field";
import { errorSentence, listError, type ScenarioFormValues } from "./form-model";
import { ChipPreview, ListInput } from "./list-input";

export function BasicsSection() {
  const { register, control, formState } = useFormContext<ScenarioFormValues>();
  const { errors } = formState;
  const titleError = errorSentence(errors.title?.message);
  const summaryError = errorSentence(errors.summary?.message);
  const timeBoxError = errorSentence(errors.timeBoxMinutes?.message);
  return (
    <Section title="Basics" description="What the library shows. Facilitators and observers see all of it.">
      <FormField id="scenario-title" label="Title" error={titleError}>
        <input id="scenario-title" className={inputClass} placeholder="e.g. API-wide outage: session Redis network failure" {...register("title")} {...describedBy("scenario-title", titleError)} />
      </FormField>
      <FormField id="scenario-summary" label="Summary" error={summaryError} hint="The symptoms as responders will meet them.">
        <textarea id="scenario-summary" rows={3} className={`${inputClass} ${textareaClass} min-h-20`} {...register("summary")} {...describedBy("scenario-summary", summaryError)} />
      </FormField>
      <Controller
        control={control}
        name="components"
        render={({ field, fieldState }) => {
          const error = listError(fieldState.error ?? errors.components, "Component");
          return (
            <FormField id="scenario-components" label="Target components" error={error} hint={<ChipPreview items={field.value ?? []} mono empty="Comma-separated system names, e.g. api-server, redis-session-cache" />}>
              <ListInput id="scenario-components" mono value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} error={error} placeholder="api-server, redis-session-cache" />
            </FormField>
          );
        }}
      />
      <div className="grid gap-3 sm:grid-cols-[1fr_10rem]">
        <Controller
          control={control}
          name="tags"
          render={({ field, fieldState }) => {
            const error = listError(fieldState.error ?? errors.tags, "Tag");
            return (
              <FormField id="scenario-tags" label="Tags" error={error} hint={<ChipPreview items={field.value ?? []} empty="Comma-separated, optional" />}>
                <ListInput id="scenario-tags" value={field.value ?? []} onChange={field.onChange} onBlur={field.onBlur} error={error} placeholder="redis, network, stage" />
              </FormField>
            );
          }}
        />
        <FormField id="scenario-time-box" label="Time box (minutes)" error={timeBoxError} hint="5 to 480">
          <input id="scenario-time-box" type="number" min={5} max={480} step={1} className={`${inputClass} tabular-nums`} {...register("timeBoxMinutes", { valueAsNumber: true })} {...describedBy("scenario-time-box", timeBoxError)} />
        </FormField>
      </div>
    </Section>
  );
}

export function ParticipantsSection() {
  const { register, formState } = useFormContext<ScenarioFormValues>();
  const error = errorSentence(formState.errors.briefing?.message);
  return (
    <Section title="Participants see" description="Given to responders when the drill starts. Describe what they would see, never the cause.">
      <FormField id="scenario-briefing" label="Participants' briefing" error={error}>
        <textarea id="scenario-briefing" rows={4} className={`${inputClass} ${textareaClass} min-h-24`} {...register("briefing")} {...describedBy("scenario-briefing", error)} />
      </FormField>
    </Section>
  );
}

export function HiddenSection() {
  const { register, formState } = useFormContext<ScenarioFormValues>();
  const rootCauseError = errorSentence(formState.errors.rootCause?.message);
  const modelAnswerError = errorSentence(formState.errors.modelAnswer?.message);
  return (
    <Section title="Hidden from participants" description="Only facilitators and observers ever see these." marker={<HiddenMarker />} tone="hidden">
      <FormField id="scenario-root-cause" label="Hidden root cause" error={rootCauseError}>
        <textarea id="scenario-root-cause" rows={4} className={`${inputClass} ${textareaClass} min-h-24`} {...register("rootCause")} {...describedBy("scenario-root-cause", rootCauseError)} />
      </FormField>
      <FormField id="scenario-model-answer" label="Model answer" error={modelAnswerError} hint="The steps a strong team would take: mitigate first, then root-cause.">
        <textarea id="scenario-model-answer" rows={6} className={`${inputClass} ${textareaClass} min-h-32`} {...register("modelAnswer")} {...describedBy("scenario-model-answer", modelAnswerError)} />
      </FormField>
    </Section>
  );
}
