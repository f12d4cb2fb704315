import { mutationOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import { api, ApiError } from "../api-client";
import type { ScenarioDefinition } from "../scenarios/schemas";
import type { ScenarioSummary, ScenarioView } from "../scenarios/view";
import { queryKeys } from "./keys";

export const scenarioListQuery = (q = "") =>
  queryOptions({
    queryKey: queryKeys.scenarios.list(q),
    queryFn: () => api<ScenarioSummary[]>(`/api/scenarios${q ? `?q=${encodeURIComponent(q)}` : ""}`),
  });

export const scenarioQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.scenarios.detail(id),
    queryFn: () => api<ScenarioView>(`/api/scenarios/${id}`),
    // A missing scenario will not appear on a retry.
    retry: (failures, error) => !(error instanceof ApiError && error.status === 404) && failures < 1,
  });

/** Where a save goes: a new scenario, or a new revision on top of the one the editor loaded. */
export type SaveTarget = { id: string; baseRevision: number } | null;

export const saveScenarioMutation = (client: QueryClient, target: SaveTarget) =>
  mutationOptions({
    mutationFn: (definition: ScenarioDefinition) =>
      target
        ? api<ScenarioView>(`/api/scenarios/${target.id}`, { method: "PUT", body: { baseRevision: target.baseRevision, definition } })
        : api<ScenarioView>("/api/scenarios", { method: "POST", body: { definition } }),
    onSuccess: async (saved) => {
      client.setQueryData(queryKeys.scenarios.detail(saved.id), saved);
      await client.invalidateQueries({ queryKey: queryKeys.scenarios.all, refetchType: "none" });
    },
  });
