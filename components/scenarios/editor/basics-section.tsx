"use client";

import { Controller, useFormContext, type FieldPath } from "react-hook-form";
import { DIFFICULTIES, PUBLIC_TITLE_MAX } from "@/lib/scenarios/schemas";
import { describedBy, FormField, inputClass, Section, textareaClass } from "./form-field";
import { errorSentence, fieldError, listError } from "./form-errors";
import type { ScenarioFormValues } from "./form-model";
import { ChipPreview, ListInput } from "./list-input";

export const DIFFICULTY_LABELS: Record<(typeof DIFFICULTIES)[number], string> = { introductory: "Introductory", intermediate: "Intermediate", advanced: "Advanced" };

export function BasicsSection() {
  const { register, formState } = useFormContext<ScenarioFormValues>();
  const { errors } = formState;
  const titleError = errorSentence(errors.title?.message);
  const publicTitleError = errorSentence(errors.publicTitle?.message);
  const summaryError = errorSentence(errors.summary?.message);
  const timeBoxError = errorSentence(errors.timeBoxMinutes?.message);
  const difficultyError = errorSentence(errors.difficulty?.message);
  const environmentError = fieldError(errors, "environment.name") ?? errorSentence(errors.environment?.message);
  return (
    <Section id="basics" title="Basics" description="What the library shows. Only the participant-facing title ever reaches participants.">
      <FormField id="scenario-title" label="Title" error={titleError}>
        <input id="scenario-title" className={inputClass} placeholder="e.g. API-wide outage: session Redis network failure" {...register("title")} {...describedBy("scenario-title", titleError)} />
      </FormField>
      <FormField
        id="scenario-public-title"
        label="Participant-facing title"
        error={publicTitleError}
        hint={`What participants see: the Slack channel name, its topic, the briefing and the built-in channel. Name the symptoms responders notice ("API errors and login failures"), never the cause; up to ${PUBLIC_TITLE_MAX} characters.`}
      >
        <input id="scenario-public-title" className={inputClass} placeholder="e.g. API errors and login failures" {...register("publicTitle")} {...describedBy("scenario-public-title", publicTitleError)} />
      </FormField>
      <FormField id="scenario-summary" label="Summary" error={summaryError} hint="The symptoms as responders will meet them.">
        <textarea id="scenario-summary" rows={2} className={`${inputClass} ${textareaClass} min-h-16`} {...register("summary")} {...describedBy("scenario-summary", summaryError)} />
      </FormField>
      <div className="grid gap-3 sm:grid-cols-2">
        <TypedList name="components" id="scenario-components" label="Target components" noun="Component" mono placeholder="api-server, redis-session-cache" empty="Comma-separated system names" />
        <TypedList name="tags" id="scenario-tags" label="Tags" noun="Tag" placeholder="redis, network" empty="Comma-separated, optional" />
      </div>
      <div className="grid gap-3 sm:grid-cols-[9rem_8rem_1fr]">
        <FormField id="scenario-difficulty" label="Difficulty" error={difficultyError}>
          <select id="scenario-difficulty" className={inputClass} {...register("difficulty")} {...describedBy("scenario-difficulty", difficultyError)}>
            {DIFFICULTIES.map((difficulty) => (
              <option key={difficulty} value={difficulty}>
                {DIFFICULTY_LABELS[difficulty]}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="scenario-time-box" label="Time box (minutes)" error={timeBoxError} hint="5 to 480">
          <input id="scenario-time-box" type="number" min={5} max={480} step={1} className={`${inputClass} tabular-nums`} {...register("timeBoxMinutes", { valueAsNumber: true })} {...describedBy("scenario-time-box", timeBoxError)} />
        </FormField>
        <FormField id="scenario-environment" label="Environment" error={environmentError} hint="Where injections run, e.g. stage or perf-2.">
          <div className="flex items-center gap-3">
            <input id="scenario-environment" className={`${inputClass} font-mono text-[13px]`} autoComplete="off" spellCheck={false} {...register("environment.name")} {...describedBy("scenario-environment", environmentError)} />
            <label className="flex shrink-0 items-center gap-1.5 text-xs whitespace-nowrap text-zinc-300">
              <input type="checkbox" className="h-3.5 w-3.5 accent-rose-500" {...register("environment.protected")} />
              Protected environment
            </label>
          </div>
        </FormField>
      </div>
      <TypedList name="designers" id="scenario-designers" label="Designers" noun="Designer" placeholder="Jiwon Park, Sam Lee" empty="Who wrote the scenario and watches the drill for insights" />
    </Section>
  );
}

/** A list edited as comma-separated text, with the parsed items previewed under it. */
function TypedList({ name, id, label, noun, placeholder, empty, mono = false }: { name: FieldPath<ScenarioFormValues> & ("components" | "tags" | "designers"); id: string; label: string; noun: string; placeholder: string; empty: string; mono?: boolean }) {
  const { control, formState } = useFormContext<ScenarioFormValues>();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const error = listError(fieldState.error ?? formState.errors[name], noun);
        const items = (field.value as string[] | undefined) ?? [];
        return (
          <FormField id={id} label={label} error={error} hint={<ChipPreview items={items} mono={mono} empty={empty} />}>
            <ListInput id={id} name={name} inputRef={field.ref} mono={mono} value={items} onChange={field.onChange} onBlur={field.onBlur} error={error} placeholder={placeholder} />
          </FormField>
        );
      }}
    />
  );
}

export function NarrativeSection() {
  const { register, formState } = useFormContext<ScenarioFormValues>();
  const { errors } = formState;
  const briefingError = errorSentence(errors.briefing?.message);
  const rootCauseError = errorSentence(errors.rootCause?.message);
  const impactError = errorSentence(errors.expectedImpact?.message);
  return (
    <Section id="story" title="Story" description="The briefing is posted to the channel when the drill starts. Everything else here stays with facilitators and observers.">
      <FormField id="scenario-briefing" label="Participants' briefing" error={briefingError} hint="What responders would see at first. Never the cause.">
        <textarea id="scenario-briefing" rows={3} className={`${inputClass} ${textareaClass} min-h-20`} {...register("briefing")} {...describedBy("scenario-briefing", briefingError)} />
      </FormField>
      <div className="flex flex-col gap-3 rounded-md border border-amber-900/50 bg-amber-950/10 p-2.5">
        <p className="text-[11px] font-medium tracking-wide text-amber-300/90 uppercase">Hidden from participants</p>
        <FormField id="scenario-root-cause" label="Hidden root cause" error={rootCauseError}>
          <textarea id="scenario-root-cause" rows={3} className={`${inputClass} ${textareaClass} min-h-20`} {...register("rootCause")} {...describedBy("scenario-root-cause", rootCauseError)} />
        </FormField>
        <FormField id="scenario-expected-impact" label="Expected impact" error={impactError} hint="What breaks for users, and how badly, if nobody acts.">
          <textarea id="scenario-expected-impact" rows={2} className={`${inputClass} ${textareaClass} min-h-16`} {...register("expectedImpact")} {...describedBy("scenario-expected-impact", impactError)} />
        </FormField>
      </div>
    </Section>
  );
}
