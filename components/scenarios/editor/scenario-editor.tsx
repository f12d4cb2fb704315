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
import { AnswerSection } from "./answer-section";
import { BasicsSection, NarrativeSection } from "./basics-section";
import { focusField, problemFieldPath, problemsToBanner } from "./form-errors";
import type { ScenarioFormValues } from "./form-model";
import { HintsSection } from "./hints-section";
import { InjectionsSection } from "./injections-section";
import { ObjectivesSection } from "./objectives-section";
import { SaveBar } from "./save-bar";
import { SectionNav } from "./section-nav";
import { SignalsSection } from "./signals-section";
import { SurveySection } from "./survey-section";
import { useUnsavedChangesWarning } from "./use-unsaved-changes-warning";

interface ScenarioEditorProps {
  initialValues: ScenarioFormValues;
  /** null for a new scenario; otherwise the scenario and the revision this edit started from. */
  target: SaveTarget;
}

interface Banner {
  message: string;
  conflict?: boolean;
  unplaced?: number;
}

export function ScenarioEditor({ initialValues, target }: ScenarioEditorProps) {
  const router = useRouter();
  const client = useQueryClient();
  const form = useForm<ScenarioFormValues, unknown, ScenarioDefinition>({
    resolver: zodResolver(scenarioDefinitionSchema),
    defaultValues: initialValues,
    // Errors update as the user types: stale ones clearing on blur shifted the layout under the next click.
    mode: "onChange",
  });
  const save = useMutation(saveScenarioMutation(client, target));
  const [banner, setBanner] = useState<Banner | null>(null);
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

  // Whatever goes wrong, the edits stay in the form: a 409 or a 422 never resets it.
  const showSaveError = (error: unknown) => {
    if (!(error instanceof ApiError)) return setBanner({ message: "Saving failed unexpectedly. Your edits are still here; try again." });
    if (error.status === 409) return setBanner({ message: error.message, conflict: true });
    if (error.status !== 422 || error.problems.length === 0) return setBanner({ message: error.message });
    const values = form.getValues();
    const placed = error.problems.map((problem) => ({ problem, path: problemFieldPath(problem.path, values) }));
    for (const { problem, path } of placed) if (path) form.setError(path as Path<ScenarioFormValues>, { type: "server", message: problem.message });
    const unplaced = placed.filter(({ path }) => !path).map(({ problem }) => problem);
    setBanner({
      unplaced: unplaced.length,
      message: unplaced.length
        ? `${error.message}: ${problemsToBanner(unplaced)}`
        : `${error.message}. The server found ${error.problems.length} problem${error.problems.length === 1 ? "" : "s"}, marked on the fields below.`,
    });
    const first = placed.find(({ path }) => path)?.path;
    if (first) focusField(first);
  };

  const cancelHref = target ? `/scenarios/${target.id}` : "/scenarios";
  return (
    <FormProvider {...form}>
      <form noValidate onSubmit={form.handleSubmit(onValid)} className="flex flex-col gap-4">
        <header className="flex flex-col gap-2">
          <nav aria-label="Breadcrumb" className="text-xs text-zinc-500">
            <Link href={cancelHref} className="hover:text-zinc-300">
              ← {target ? "Back to the scenario" : "Scenario library"}
            </Link>
          </nav>
          <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
            <div className="min-w-0">
              <h1 className="text-lg font-semibold text-white">{target ? `Edit: ${initialValues.title}` : "New scenario"}</h1>
              <p className="text-xs text-zinc-400">
                {target
                  ? `Editing revision ${target.baseRevision}. Saving creates revision ${target.baseRevision + 1}; drills already run keep the copy they started with.`
                  : "One realistic, single-cause failure: how to inject it and roll it back, what responders will see, and what a good response looks like."}
              </p>
            </div>
            <SectionNav />
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
          <BasicsSection />
          <NarrativeSection />
        </div>
        <InjectionsSection />
        <div className="grid items-start gap-4 xl:grid-cols-2">
          <SignalsSection />
          <AnswerSection />
        </div>
        <ObjectivesSection />
        <AlertsSection />
        <HintsSection />
        <SurveySection />

        <SaveBar saving={save.isPending || saved} errors={form.formState.errors} otherProblems={banner?.unplaced ?? 0} dirty={form.formState.isDirty} cancelHref={cancelHref} />
      </form>
    </FormProvider>
  );
}
