"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { scenarioQuery } from "@/lib/queries/scenarios";
import type { ScenarioView } from "@/lib/scenarios/view";
import { emptyScenario, toFormValues } from "./editor/form-model";
import { ScenarioEditor } from "./editor/scenario-editor";
import { LoadFailure, PageSkeleton } from "./page-states";

export function NewScenario() {
  const [initialValues] = useState(emptyScenario);
  return <ScenarioEditor initialValues={initialValues} target={null} />;
}

/** Always edits the latest revision: a cached copy could be stale and would only end in a conflict on save. */
export function EditScenario({ id }: { id: string }) {
  const scenario = useQuery({ ...scenarioQuery(id), refetchOnMount: "always" });
  if (scenario.error) return <LoadFailure error={scenario.error} onRetry={() => scenario.refetch()} />;
  if (!scenario.data || !scenario.isFetchedAfterMount) return <PageSkeleton label="Loading scenario…" />;
  return <LoadedEditor scenario={scenario.data} />;
}

function LoadedEditor({ scenario }: { scenario: ScenarioView }) {
  // Snapshot once: a background refetch must not reset the form under the user's hands.
  const [start] = useState(() => ({ values: toFormValues(scenario.definition), target: { id: scenario.id, baseRevision: scenario.revision } }));
  return <ScenarioEditor initialValues={start.values} target={start.target} />;
}
