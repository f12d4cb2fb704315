"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { RETRO_CATEGORIES, RETRO_CATEGORY_LABELS } from "@/lib/drill-model/hot-wash";
import type { RetroView } from "@/lib/retro/view";
import { isEvidenceKind } from "@/lib/timeline/evidence";
import type { TimelineEventView } from "@/lib/timeline/events";
import { EventChoice } from "../../drills/event-choice";
import { Button } from "../../ui/button";
import { ErrorBanner, Field, inputClass } from "../../ui/field";
import { placeProblems } from "../../ui/form-problems";
import { EvidenceList } from "./evidence-list";

const retroFormSchema = z.object({
  category: z.enum(RETRO_CATEGORIES, { error: "Choose a category" }),
  audience: z.string().min(1, "Choose whom it is for"),
  text: z.string().trim().min(1, "Say what it is").max(500, "At most 500 characters"),
  detail: z.string().trim().max(4000, "At most 4000 characters"),
  evidenceSeqs: z.array(z.number()).max(20, "Link at most 20 events"),
});
export type RetroFormValues = z.infer<typeof retroFormSchema>;

/** A retrospective item's category, audience, text, detail and evidence: adding one, or editing one in place. */
export function RetroItemForm({
  idPrefix,
  audiences,
  events,
  initial,
  submitLabel,
  label,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  audiences: RetroView["audiences"];
  events: TimelineEventView[];
  initial: RetroFormValues;
  submitLabel: string;
  /** The form's accessible name. */
  label: string;
  onSubmit: (values: RetroFormValues) => Promise<unknown>;
  onCancel: () => void;
}) {
  const form = useForm<RetroFormValues>({ resolver: zodResolver(retroFormSchema), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const evidenceSeqs = form.watch("evidenceSeqs");
  const setEvidence = (seqs: number[]) => form.setValue("evidenceSeqs", [...new Set(seqs)].sort((a, b) => a - b), { shouldDirty: true });
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      const message = placeProblems(error, form.setError, ["category", "audience", "text", "detail", "evidenceSeqs"]);
      if (message) form.setError("root", { type: "server", message });
    }
  });
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form aria-label={label} onSubmit={submit} noValidate className="flex flex-col gap-2 rounded-md border border-zinc-800 bg-zinc-950/40 p-2">
      <div className="grid gap-2 sm:grid-cols-2">
        <Field label="Category" htmlFor={id("category")} error={errors.category?.message}>
          <select id={id("category")} className={`${inputClass} h-8 py-0`} {...form.register("category")}>
            {RETRO_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {RETRO_CATEGORY_LABELS[category]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Audience" htmlFor={id("audience")} error={errors.audience?.message}>
          <select id={id("audience")} className={`${inputClass} h-8 py-0`} {...form.register("audience")}>
            {audiences.map((audience) => (
              <option key={audience.key} value={audience.key}>
                {audience.label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="Text" htmlFor={id("text")} error={errors.text?.message}>
        <input id={id("text")} aria-invalid={errors.text ? true : undefined} maxLength={500} autoComplete="off" className={inputClass} placeholder="Paged the database team within two minutes" {...form.register("text")} />
      </Field>
      <Field label="Detail" htmlFor={id("detail")} error={errors.detail?.message} hint="Optional: what happened, why it matters.">
        <textarea id={id("detail")} rows={2} aria-invalid={errors.detail ? true : undefined} className={`${inputClass} field-sizing-content min-h-12`} {...form.register("detail")} />
      </Field>
      <div className="flex flex-col gap-1">
        <span className="text-xs font-medium text-zinc-400">Evidence</span>
        <EvidenceList seqs={evidenceSeqs} events={events} onRemove={(seq) => setEvidence(evidenceSeqs.filter((each) => each !== seq))} />
        {errors.evidenceSeqs && (
          <p role="alert" className="text-xs text-rose-400">
            {errors.evidenceSeqs.message}
          </p>
        )}
        <EventChoice
          id={id("evidence")}
          label="Add evidence"
          purpose={`evidence for the retrospective item (${idPrefix})`}
          events={events}
          value={null}
          onChange={(seq) => seq !== null && setEvidence([...evidenceSeqs, seq])}
          emptyLabel="Choose an event…"
          filter={(event) => isEvidenceKind(event.kind)}
        />
      </div>
      <ErrorBanner message={errors.root?.message} />
      <div className="flex justify-end gap-2">
        <Button size="sm" variant="ghost" onClick={onCancel} disabled={isSubmitting}>
          Cancel
        </Button>
        <Button size="sm" type="submit" variant="primary" disabled={isSubmitting}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
