"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { z } from "zod";
import { PUBLIC_TITLE_MAX, SAME_TITLE_PROBLEM, sameTitle } from "@/lib/scenarios/schemas";
import { runDrillMutation } from "@/lib/queries/drills";
import { scenarioQuery } from "@/lib/queries/scenarios";
import { Button } from "../ui/button";
import { Modal } from "../ui/modal";
import { ErrorBanner, Field, inputClass } from "../ui/field";
import { placeProblems } from "../ui/form-problems";

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The scenario's own title is refused as the public one: it usually names the cause. */
function formSchema(scenarioTitle: string) {
  return z.object({
    title: z.string().trim().min(1, "Give the drill a name").max(120, "At most 120 characters"),
    publicTitle: z
      .string()
      .trim()
      .min(1, "Participants need a title to see")
      .max(PUBLIC_TITLE_MAX, `At most ${PUBLIC_TITLE_MAX} characters: it becomes the channel name`)
      .refine((value) => !sameTitle(value, scenarioTitle), sentence(SAME_TITLE_PROBLEM)),
  });
}
type FormValues = z.infer<ReturnType<typeof formSchema>>;

/**
 * "Run drill" asks first: the drill's name for staff and the title participants see (channel name,
 * topic, briefing), both prefilled from the scenario. Nothing exists until "Create drill".
 */
export function CreateDrillDialog({ scenarioId, open, onClose }: { scenarioId: string; open: boolean; onClose: () => void }) {
  const scenario = useQuery({ ...scenarioQuery(scenarioId), enabled: open });
  const loaded = scenario.data;
  return (
    <Modal open={open} title="Run a drill" onClose={onClose} width="max-w-lg">
        {scenario.error ? (
          <>
            <ErrorBanner message={scenario.error.message} />
            <div className="flex justify-end">
              <Button variant="ghost" onClick={onClose}>
                Close
              </Button>
            </div>
          </>
        ) : !loaded ? (
          <p className="text-sm text-zinc-500">Loading the scenario…</p>
        ) : (
          // Keyed so a reopened dialog starts from the scenario's current values.
          open && <CreateDrillForm key={loaded.revisionId} scenarioId={scenarioId} scenarioTitle={loaded.definition.title} publicTitle={loaded.definition.publicTitle} revision={loaded.revision} onClose={onClose} />
        )}
    </Modal>
  );
}

function CreateDrillForm({ scenarioId, scenarioTitle, publicTitle, revision, onClose }: { scenarioId: string; scenarioTitle: string; publicTitle: string; revision: number; onClose: () => void }) {
  const router = useRouter();
  const create = useMutation(runDrillMutation(useQueryClient()));
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<FormValues>({ resolver: zodResolver(formSchema(scenarioTitle)), defaultValues: { title: scenarioTitle, publicTitle } });
  const { errors } = form.formState;
  // Stay busy through the navigation so nobody creates the drill twice.
  const busy = form.formState.isSubmitting || create.isSuccess;

  const submit = form.handleSubmit(async (values) => {
    setFailure(null);
    try {
      const drill = await create.mutateAsync({ scenarioId, ...values });
      router.push(`/drills/${drill.id}`);
    } catch (error) {
      setFailure(placeProblems(error, form.setError, ["title", "publicTitle"]));
    }
  });

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-3">
      <p className="text-xs text-zinc-400">
        From revision {revision} of the scenario. The drill is created as planned: set the roster and the channel, then start it.
      </p>
      <Field label="Drill title (staff only)" htmlFor="drill-title" error={errors.title?.message} hint="What facilitators and observers see in the control room and the drill list.">
        <input id="drill-title" aria-invalid={errors.title ? true : undefined} className={inputClass} autoComplete="off" {...form.register("title")} />
      </Field>
      <Field
        label="Participant-facing title"
        htmlFor="drill-public-title"
        error={errors.publicTitle?.message}
        hint="Names the channel and heads its topic and briefing. Describe what responders notice (“API errors and login failures”), never the cause."
      >
        <input id="drill-public-title" aria-invalid={errors.publicTitle ? true : undefined} className={inputClass} autoComplete="off" {...form.register("publicTitle")} />
      </Field>
      <ErrorBanner message={failure} />
      <div className="mt-1 flex justify-end gap-2">
        <Button variant="ghost" onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? "Creating…" : "Create drill"}
        </Button>
      </div>
    </form>
  );
}
