"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { z } from "zod";
import type { ExerciseFields } from "@/lib/queries/exercises";
import { Button } from "../ui/button";
import { ErrorBanner, Field, inputClass } from "../ui/field";
import { placeProblems } from "../ui/form-problems";

const exerciseFormSchema = z.object({
  name: z.string().trim().min(1, "Give the game day a name").max(120, "At most 120 characters"),
  date: z.iso.date("Pick the day it takes place"),
  description: z.string().trim().max(4000, "At most 4000 characters"),
});
type FormValues = z.infer<typeof exerciseFormSchema>;

/** Today in the browser's own calendar, as YYYY-MM-DD: the default day of a new game day. */
export function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}

/** A game day's name, day and description: creating one, or renaming and re-dating it. */
export function ExerciseForm({
  initial,
  submitLabel,
  busyLabel,
  onSubmit,
  onCancel,
  idPrefix,
}: {
  initial: FormValues;
  submitLabel: string;
  busyLabel: string;
  onSubmit: (fields: ExerciseFields) => Promise<unknown>;
  onCancel?: () => void;
  idPrefix: string;
}) {
  const form = useForm<FormValues>({ resolver: zodResolver(exerciseFormSchema), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;
  const failure = errors.root?.message;
  const submit = form.handleSubmit(async (values) => {
    try {
      await onSubmit(values);
    } catch (error) {
      const message = placeProblems(error, form.setError, ["name", "date", "description"]);
      if (message) form.setError("root", { type: "server", message });
    }
  });
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <div className="grid gap-3">
        <Field label="Name" htmlFor={id("name")} error={errors.name?.message}>
          <input id={id("name")} aria-invalid={errors.name ? true : undefined} className={inputClass} autoComplete="off" placeholder="Payments game day" {...form.register("name")} />
        </Field>
        <Field label="Date" htmlFor={id("date")} error={errors.date?.message}>
          <input id={id("date")} type="date" aria-invalid={errors.date ? true : undefined} className={`${inputClass} max-w-48 [color-scheme:dark]`} {...form.register("date")} />
        </Field>
      </div>
      <Field label="Description" htmlFor={id("description")} error={errors.description?.message} hint="Optional: who takes part, what the day is for.">
        <textarea id={id("description")} rows={2} aria-invalid={errors.description ? true : undefined} className={`${inputClass} field-sizing-content min-h-16`} {...form.register("description")} />
      </Field>
      <ErrorBanner message={failure} />
      <div className="flex justify-end gap-2">
        {onCancel && (
          <Button variant="ghost" onClick={onCancel} disabled={isSubmitting}>
            Cancel
          </Button>
        )}
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? busyLabel : submitLabel}
        </Button>
      </div>
    </form>
  );
}
