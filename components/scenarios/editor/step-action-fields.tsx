"use client";

import { useRef } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { StepAction } from "@/lib/scenarios/schemas";
import { describedBy, FormField, inlineSelectClass, inputClass, monoClass, textareaClass } from "./form-field";
import { fieldError } from "./form-errors";
import { blankAction, type FormAction, type ScenarioFormValues, type StepPart } from "./form-model";
import { WebhookFields } from "./webhook-fields";

const COPY = {
  action: { title: "Inject", instructions: "The command or console steps, prerequisites, and what should move. Wrap commands in `backticks`." },
  rollback: { title: "Roll back", instructions: "How to undo it. Abort runs every rollback, so it must be safe to run twice." },
} as const;

/** One side of an injection step, injecting or rolling back: by hand (instructions) or over HTTP (a webhook). */
export function StepActionFields({ index, part }: { index: number; part: StepPart }) {
  const { control, register, formState, getValues, setValue } = useFormContext<ScenarioFormValues>();
  const path = `injections.${index}.${part}` as const;
  const kind = useWatch({ control, name: `${path}.kind` }) as StepAction["kind"] | undefined;
  // Switching kind and back restores what was typed, instead of losing a long runbook to a misclick.
  const stash = useRef<Partial<Record<StepAction["kind"], FormAction>>>({});
  const prefix = `${part === "action" ? "Injection" : "Rollback"} ${index + 1}`;
  const kindId = `injections-${index}-${part}-kind`;
  const err = (name: string) => fieldError(formState.errors, `${path}.${name}`);
  const instructionsId = `injections-${index}-${part}-instructions`;

  const switchKind = (next: StepAction["kind"]) => {
    const current = getValues(path);
    if (current) stash.current[current.kind] = current;
    setValue(path, stash.current[next] ?? blankAction(next), { shouldDirty: true, shouldValidate: formState.isSubmitted });
  };

  return (
    <div className={`flex min-w-0 flex-col gap-2 rounded-md border p-2.5 ${part === "action" ? "border-zinc-800 bg-zinc-900/40" : "border-zinc-800 border-dashed bg-zinc-900/20"}`}>
      <div className="flex items-center justify-between gap-2">
        <h4 className={`text-[11px] font-semibold tracking-wide uppercase ${part === "action" ? "text-rose-300/90" : "text-emerald-300/90"}`}>{COPY[part].title}</h4>
        <label htmlFor={kindId} className="sr-only">
          {prefix} kind
        </label>
        <select id={kindId} name={`${path}.kind`} value={kind ?? "manual"} onChange={(event) => switchKind(event.target.value as StepAction["kind"])} className={inlineSelectClass} {...describedBy(kindId, err("kind"))}>
          <option value="manual">Manual</option>
          <option value="webhook">Webhook</option>
        </select>
      </div>
      {err("kind") && (
        <p id={`${kindId}-error`} className="text-xs text-rose-400">
          {err("kind")}
        </p>
      )}
      {kind === "webhook" ? (
        <WebhookFields index={index} part={part} prefix={prefix} />
      ) : (
        <FormField id={instructionsId} label="instructions" itemLabel={prefix} error={err("instructions")} hint={COPY[part].instructions}>
          <textarea
            id={instructionsId}
            rows={3}
            className={`${inputClass} ${textareaClass} ${monoClass} min-h-20`}
            placeholder={part === "action" ? "`tc qdisc add dev eth0 root netem loss 100%` on redis-session-1" : "`tc qdisc del dev eth0 root` on redis-session-1"}
            {...register(`${path}.instructions` as `injections.${number}.action.instructions`)}
            {...describedBy(instructionsId, err("instructions"))}
          />
        </FormField>
      )}
    </div>
  );
}
