"use client";

import { useRef } from "react";
import { useFormContext } from "react-hook-form";
import { HTTP_METHODS } from "@/lib/scenarios/schemas";
import { TEMPLATE_VARIABLES } from "@/lib/scenarios/template";
import { describedBy, FormField, inputClass, monoClass, textareaClass } from "./form-field";
import { fieldError } from "./form-errors";
import type { ScenarioFormValues, StepPart } from "./form-model";
import { HeadersEditor } from "./headers-editor";

type WebhookPath = `injections.${number}.action.${"method" | "url" | "body" | "timeoutSeconds"}`;

/** An HTTP call the dry run and the drill make for this step; URL, headers and body may use `{{variables}}`. */
export function WebhookFields({ index, part, prefix }: { index: number; part: StepPart; prefix: string }) {
  const { register, formState, getValues, setValue } = useFormContext<ScenarioFormValues>();
  const path = (name: string) => `injections.${index}.${part}.${name}` as WebhookPath;
  const id = (name: string) => `injections-${index}-${part}-${name}`;
  const err = (name: string) => fieldError(formState.errors, `injections.${index}.${part}.${name}`);
  // Variables go where the cursor last was: the URL or the body.
  const target = useRef<"url" | "body">("body");

  const insert = (variable: string) => {
    const field = target.current;
    const element = document.getElementById(id(field)) as HTMLInputElement | HTMLTextAreaElement | null;
    const current = String(getValues(path(field)) ?? "");
    const start = element?.selectionStart ?? current.length;
    const end = element?.selectionEnd ?? start;
    const token = `{{${variable}}}`;
    setValue(path(field), current.slice(0, start) + token + current.slice(end), { shouldDirty: true, shouldValidate: formState.isSubmitted });
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + token.length, start + token.length);
    });
  };

  return (
    <div className="flex flex-col gap-2">
      <div className="grid grid-cols-[6.5rem_1fr_5.5rem] gap-2">
        <FormField id={id("method")} label="method" itemLabel={prefix} error={err("method")}>
          <select id={id("method")} className={`${inputClass} font-mono text-[12px]`} {...register(path("method"))} {...describedBy(id("method"), err("method"))}>
            {HTTP_METHODS.map((method) => (
              <option key={method} value={method}>
                {method}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id={id("url")} label="URL" itemLabel={prefix} error={err("url")}>
          <input
            id={id("url")}
            className={`${inputClass} font-mono text-[12px]`}
            placeholder="https://chaos.stage.internal/api/faults"
            spellCheck={false}
            autoComplete="off"
            onFocus={() => (target.current = "url")}
            {...register(path("url"))}
            {...describedBy(id("url"), err("url"))}
          />
        </FormField>
        <FormField id={id("timeout")} label="timeout (s)" itemLabel={prefix} error={err("timeoutSeconds")}>
          <input id={id("timeout")} type="number" min={1} max={120} step={1} className={`${inputClass} tabular-nums`} {...register(path("timeoutSeconds"), { valueAsNumber: true })} {...describedBy(id("timeout"), err("timeoutSeconds"))} />
        </FormField>
      </div>
      <HeadersEditor index={index} part={part} prefix={prefix} />
      <FormField id={id("body")} label="body" itemLabel={prefix} error={err("body")}>
        <textarea
          id={id("body")}
          rows={3}
          spellCheck={false}
          className={`${inputClass} ${textareaClass} ${monoClass} min-h-20`}
          placeholder={'{ "fault": "packet-loss", "target": "redis-session", "drill": "{{drill.id}}" }'}
          onFocus={() => (target.current = "body")}
          {...register(path("body"))}
          {...describedBy(id("body"), err("body"))}
        />
      </FormField>
      <div className="flex flex-wrap items-center gap-1" role="group" aria-label={`${prefix} template variables`}>
        <span className="mr-1 text-[11px] text-zinc-500">JSON body; variables for URL, headers and body:</span>
        {TEMPLATE_VARIABLES.map((variable) => (
          <button
            key={variable}
            type="button"
            onClick={() => insert(variable)}
            aria-label={`Insert {{${variable}}} into ${prefix.toLowerCase()}`}
            title="Insert at the cursor in the URL or body"
            className="rounded border border-zinc-800 bg-zinc-900 px-1 font-mono text-[10.5px] text-zinc-400 hover:border-sky-700 hover:text-sky-200 focus-visible:outline-2 focus-visible:outline-sky-400"
          >
            {`{{${variable}}}`}
          </button>
        ))}
      </div>
    </div>
  );
}
