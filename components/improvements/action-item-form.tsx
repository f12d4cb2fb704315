"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { ACTION_CATEGORIES, ACTION_CATEGORY_LABELS, ACTION_PRIORITIES, ACTION_PRIORITY_LABELS } from "@/lib/drill-model/hot-wash";
import { createActionItemMutation, type CreateItemInput } from "@/lib/queries/improvements";
import { Button } from "../ui/button";
import { ErrorBanner, Field, inputClass } from "../ui/field";
import { placeProblems } from "../ui/form-problems";
import { VerifyFields } from "./verify-fields";

const formSchema = z.object({
  title: z.string().trim().min(1, "Say what is to be done").max(200, "At most 200 characters"),
  owner: z.string().trim().min(1, "Name who owns it").max(120, "At most 120 characters"),
  dueDate: z.union([z.literal(""), z.iso.date("Pick a real date")]),
  priority: z.enum(ACTION_PRIORITIES),
  category: z.enum(ACTION_CATEGORIES),
  audience: z.string().min(1),
  trackerUrl: z.union([z.literal(""), z.string().trim().regex(/^https?:\/\/\S+$/i, "An http:// or https:// link")]),
  retroItemId: z.string(),
  verifyScenarioId: z.string(),
  verifyMilestone: z.string(),
  description: z.string().trim().max(4000, "At most 4000 characters"),
});
export type ActionItemFormValues = z.infer<typeof formSchema>;

const FIELDS = ["title", "owner", "dueDate", "priority", "category", "audience", "trackerUrl", "retroItemId", "verifyScenarioId", "verifyMilestone", "description"] as const;

export interface ActionItemFormProps {
  /** Where the item hangs: a drill's plan or a game day's. */
  target: { drillId: string } | { exerciseId: string };
  audiences: { key: string; label: string }[];
  /** The drill's retrospective items it may come from; none for a game day. */
  retroItems?: { id: string; text: string }[];
  defaultScenarioId?: string;
  idPrefix: string;
  onDone: () => void;
}

/** A new action item: what, who, by when, how urgent, for whom, and what later drill should prove it fixed. */
export function ActionItemForm({ target, audiences, retroItems = [], defaultScenarioId = "", idPrefix, onDone }: ActionItemFormProps) {
  const create = useMutation(createActionItemMutation(useQueryClient()));
  const form = useForm<ActionItemFormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { title: "", owner: "", dueDate: "", priority: "medium", category: "planning", audience: "everyone", trackerUrl: "", retroItemId: "", verifyScenarioId: defaultScenarioId, verifyMilestone: "", description: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const submit = form.handleSubmit(async (values) => {
    const optional = (value: string) => (value === "" ? undefined : value);
    const input: CreateItemInput = {
      ...target,
      title: values.title,
      owner: values.owner,
      description: values.description,
      priority: values.priority,
      category: values.category,
      audience: values.audience,
      dueDate: optional(values.dueDate),
      trackerUrl: optional(values.trackerUrl),
      retroItemId: optional(values.retroItemId),
      verifyScenarioId: optional(values.verifyScenarioId),
      verifyMilestone: optional(values.verifyMilestone) as CreateItemInput["verifyMilestone"],
    };
    try {
      await create.mutateAsync(input);
      onDone();
    } catch (error) {
      const message = placeProblems(error, form.setError, FIELDS);
      if (message) form.setError("root", { type: "server", message });
    }
  });
  const id = (name: string) => `${idPrefix}-${name}`;
  const invalid = (name: keyof ActionItemFormValues) => (errors[name] ? true : undefined);
  return (
    <form onSubmit={submit} noValidate aria-label="New action item" className="flex flex-col gap-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label="Action" htmlFor={id("title")} error={errors.title?.message} className="sm:col-span-2">
          <input id={id("title")} aria-invalid={invalid("title")} className={inputClass} autoComplete="off" placeholder="Add a bypass flag for the segment cache" {...form.register("title")} />
        </Field>
        <Field label="Owner" htmlFor={id("owner")} error={errors.owner?.message}>
          <input id={id("owner")} aria-invalid={invalid("owner")} className={inputClass} autoComplete="off" {...form.register("owner")} />
        </Field>
        <Field label="Due date" htmlFor={id("due")} error={errors.dueDate?.message}>
          <input id={id("due")} type="date" aria-invalid={invalid("dueDate")} className={`${inputClass} [color-scheme:dark]`} {...form.register("dueDate")} />
        </Field>
        <Field label="Priority" htmlFor={id("priority")} error={errors.priority?.message}>
          <select id={id("priority")} className={inputClass} {...form.register("priority")}>
            {ACTION_PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {ACTION_PRIORITY_LABELS[priority]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Category" htmlFor={id("category")} error={errors.category?.message}>
          <select id={id("category")} className={inputClass} {...form.register("category")}>
            {ACTION_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {ACTION_CATEGORY_LABELS[category]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Audience" htmlFor={id("audience")} error={errors.audience?.message}>
          <select id={id("audience")} className={inputClass} {...form.register("audience")}>
            {audiences.map((audience) => (
              <option key={audience.key} value={audience.key}>
                {audience.label}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Tracker link" htmlFor={id("tracker")} error={errors.trackerUrl?.message} hint="Optional: the ticket in the team's tracker.">
          <input id={id("tracker")} type="url" aria-invalid={invalid("trackerUrl")} className={inputClass} placeholder="https://" {...form.register("trackerUrl")} />
        </Field>
        {retroItems.length > 0 && (
          <Field label="Came from" htmlFor={id("retro")} error={errors.retroItemId?.message} className="sm:col-span-2">
            <select id={id("retro")} className={inputClass} {...form.register("retroItemId")}>
              <option value="">No retrospective item</option>
              {retroItems.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.text}
                </option>
              ))}
            </select>
          </Field>
        )}
        <VerifyFields form={form} idPrefix={idPrefix} />
        <Field label="Details" htmlFor={id("description")} error={errors.description?.message} className="sm:col-span-2">
          <textarea id={id("description")} rows={2} aria-invalid={invalid("description")} className={`${inputClass} field-sizing-content min-h-14`} {...form.register("description")} />
        </Field>
      </div>
      <ErrorBanner message={errors.root?.message} />
      <div className="flex justify-end gap-2">
        <Button variant="ghost" onClick={onDone} disabled={isSubmitting}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={isSubmitting}>
          {isSubmitting ? "Adding…" : "Add action item"}
        </Button>
      </div>
    </form>
  );
}
