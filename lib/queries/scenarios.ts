import { mutationOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import { api, ApiError } from "../api-client";
import type { ScenarioDefinition } from "../scenarios/schemas";
import type { ScenarioSummary, ScenarioView } from "../scenarios/view";
import { queryKeys } from "./keys";

/** What the server filters on; readiness is filtered in the browser from each row's summary. */
export interface ScenarioListFilters {
  q: string;
  tag: string;
  component: string;
  archived: boolean;
}

export const NO_FILTERS: ScenarioListFilters = { q: "", tag: "", component: "", archived: false };

export const scenarioListQuery = (filters: Partial<ScenarioListFilters> = {}) => {
  const full = { ...NO_FILTERS, ...filters };
  const search = new URLSearchParams();
  if (full.q) search.set("q", full.q);
  if (full.tag) search.set("tag", full.tag);
  if (full.component) search.set("component", full.component);
  if (full.archived) search.set("archived", "true");
  const qs = search.toString();
  return queryOptions({
    queryKey: queryKeys.scenarios.list(full),
    queryFn: () => api<ScenarioSummary[]>(`/api/scenarios${qs ? `?${qs}` : ""}`),
  });
};

export const scenarioQuery = (id: string) =>
  queryOptions({
    queryKey: queryKeys.scenarios.detail(id),
    queryFn: () => api<ScenarioView>(`/api/scenarios/${id}`),
    // A missing scenario, or one this person may not see, will not appear on a retry.
    retry: (failures, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 1,
  });

/** Where a save goes: a new scenario, or a new revision on top of the one the editor loaded. */
export type SaveTarget = { id: string; baseRevision: number } | null;

async function storeScenario(client: QueryClient, saved: ScenarioView) {
  client.setQueryData(queryKeys.scenarios.detail(saved.id), saved);
  await client.invalidateQueries({ queryKey: queryKeys.scenarios.all, refetchType: "none" });
}

export const saveScenarioMutation = (client: QueryClient, target: SaveTarget) =>
  mutationOptions({
    mutationFn: (definition: ScenarioDefinition) =>
      target
        ? api<ScenarioView>(`/api/scenarios/${target.id}`, { method: "PUT", body: { baseRevision: target.baseRevision, definition } })
        : api<ScenarioView>("/api/scenarios", { method: "POST", body: { definition } }),
    onSuccess: (saved) => storeScenario(client, saved),
  });

export const duplicateScenarioMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: (id: string) => api<ScenarioView>(`/api/scenarios/${id}/duplicate`, { method: "POST", body: {} }),
    onSuccess: (copy) => storeScenario(client, copy),
  });

export const archiveScenarioMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) => api<ScenarioView>(`/api/scenarios/${id}/archive`, { method: "POST", body: { archived } }),
    onSuccess: (scenario) => storeScenario(client, scenario),
  });

export interface ImportRequest {
  content: string;
  mode: "create" | "copy";
}

/** Scenario-as-code from the browser: a pasted or chosen YAML/JSON document becomes a scenario. */
export const importScenarioMutation = (client: QueryClient) =>
  mutationOptions<ScenarioView, ApiError, ImportRequest>({
    mutationFn: (request: ImportRequest) => api<ScenarioView>("/api/scenarios/import", { body: request }),
    onSuccess: async (created) => {
      client.setQueryData(queryKeys.scenarios.detail(created.id), created);
      await client.invalidateQueries({ queryKey: queryKeys.scenarios.all, refetchType: "none" });
    },
  });
