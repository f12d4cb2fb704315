import { queryOptions } from "@tanstack/react-query";
import { api } from "../api-client";
import type { ScenarioSummary, ScenarioView } from "../scenarios/view";
import { queryKeys } from "./keys";

export const scenarioListQuery = (q = "") =>
  queryOptions({
    queryKey: queryKeys.scenarios.list(q),
    queryFn: () => api<ScenarioSummary[]>(`/api/scenarios${q ? `?q=${encodeURIComponent(q)}` : ""}`),
  });

export const scenarioQuery = (id: string) =>
  queryOptions({ queryKey: queryKeys.scenarios.detail(id), queryFn: () => api<ScenarioView>(`/api/scenarios/${id}`) });
