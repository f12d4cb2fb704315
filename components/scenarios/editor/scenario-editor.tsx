"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, type Path } from "react-hook-form";
import { ApiError } from "@/lib/api-client";
import { saveScenarioMutation, type SaveTarget } from "@/lib/queries/scenarios";
import { scenarioDefinitionSchema, type ScenarioDefinition } from "@/lib/scenarios/schemas";
import { ErrorBanner } from "@/components/ui/field";
import { AlertsSection } from "./alerts-section";
import { BasicsSection, HiddenSection, ParticipantsSection } from "./basics-sections";
import { problemFieldPath, problemsToBanner, type ScenarioFormValues } from "./form-model";
import { HintsSection } from "./hints-section";
import { InjectionsSection } from "./injections-section";
import { SaveBar } from "./save-bar";
import { useUnsavedChangesWarning } from "./use-unsaved-changes-warning";

interface ScenarioEditorProps {
  initialValues: ScenarioFormValues;
  /** null for a new scenario; otherwise the scenario and the revision this edit started from. */
  target: SaveTarget;
}

export function ScenarioEditor({ initialValues, target }: ScenarioEditorProps) {
  const router = useRouter();
  const client = useQueryClient();
  const form = useForm<ScenarioFormValues, unknown, ScenarioDefinition>({
    resolver: zodResolver(scenarioDefinitionSchema),
    defaultValues: initialValues,
    mode: "onTouched",
  });
  const save = useMutation(saveScenarioMutation(client, target));
  const [banner, setBanner] = useState<{ message: string; conflict?: boolean; unplaced?: number } | null>(null);
  const [saved, setSaved] = useState(false);
  useUnsavedChangesWarning(form.formState.isDirty && !saved);

  const onValid = async (definition: ScenarioDefinition) => {
    setBanner(null);
    try {
      const scenario = await save.mutateAsync(definition);
      setSaved(true);
      router.push(`/scenarios/${scenario.id}`);
    } catch (error) {
      showSaveError(error);
    }
  };

  const showSaveError = (error: unknown) => {
    if (!(error instanceof ApiError)) return setBanner({ message: "Saving failed unexpectedly. Your edits are still here; try again." });
    if (error.status === 409) return setBanner({ message: error.message, conflict: true });
    if (error.status !== 422 || error.problems.length === 0) return setBanner({ message: error.message });
    const values = form.getValues();
    const unplaced = error.problems.filter((problem) => {
      const path = problemFieldPath(problem.path, values);
      if (path) form.setError(path as Path<ScenarioFormValues>, { type: "server", message: problem.message });
      return !path;
    });
    setBanner({
      unplaced: unplaced.length,
      message: unplaced.length
        ? `${error.message}: ${problemsToBanner(unplaced)}`
        : `${error.message}. The server found ${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}, marked on the fields below.`,
    });
    const first = error.problems.map((problem) => problemFieldPath(problem.path, values)).find(Boolean);
    if (first) form.setFocus(first as Path<ScenarioFormValues>);
  };

  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit(onValid)} className="flex flex-col gap-4">
        <header className="flex flex-wrap items-end justify-between gap-3">
          <div>
            <nav aria-label="Breadcrumb" className="text-xs text-zinc-500">
              <Link href={target ? `/scenarios/${target.id}` : "/scenarios"} className="hover:text-zinc-300">
                ← {target ? "Back to the scenario" : "Scenario library"}
              </Link>
            </nav>
            <h1 className="mt-1 text-lg font-semibold text-white">{target ? `Edit: ${initialValues.title}` : "New scenario"}</h1>
            <p className="text-xs text-zinc-400">
              {target
                ? `Editing revision ${target.baseRevision}. Saving creates revision ${target.baseRevision + 1}; drills already run keep the copy they started with.`
                : "One realistic, single-cause failure: how to inject it and roll it back, what responders will see, and what a good response looks like."}
            </p>
          </div>
        </header>

        {banner && (
          <div className="flex flex-col gap-1">
            <ErrorBanner message={banner.message} />
            {banner.conflict && target && (
              <p className="text-xs text-zinc-400">
                Your edits are kept on this page.{" "}
                <a href={`/scenarios/${target.id}`} target="_blank" rel="noreferrer" className="text-sky-400 hover:underline">
                  Open the latest revision in a new tab
                </a>{" "}
                to compare, then reload this editor and apply your changes again.
              </p>
            )}
          </div>
        )}

        <div className="grid items-start gap-4 xl:grid-cols-2">
          <div className="flex flex-col gap-4">
            <BasicsSection />
            <ParticipantsSection />
            <HiddenSection />
          </div>
          <div className="flex flex-col gap-4">
            <InjectionsSection />
            <HintsSection />
          </div>
        </div>
        <AlertsSection />

        <SaveBar saving={save.isPending || saved} errors={form.formState.errors} otherProblems={banner?.unplaced ?? 0} dirty={form.formState.isDirty} cancelHref={target ? `/scenarios/${target.id}` : "/scenarios"} />
      </form>
    </FormProvider>
  );
}
