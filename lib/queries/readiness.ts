import { mutationOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import { api } from "../api-client";
import type { RevisionComparison } from "../scenarios/revisions/compare-revisions";
import type { RevisionSummary } from "../scenarios/revisions/list-revisions";
import type { DryRunView, ReadinessCheckView, ReadinessView } from "../injections/readiness/views";
import type { ReadinessItemName } from "../injections/readiness/schemas";
import { queryKeys } from "./keys";

export const readinessQuery = (scenarioId: string) =>
  queryOptions({ queryKey: queryKeys.scenarios.readiness(scenarioId), queryFn: () => api<ReadinessView>(`/api/scenarios/${scenarioId}/readiness`) });

export const revisionsQuery = (scenarioId: string) =>
  queryOptions({ queryKey: queryKeys.scenarios.revisions(scenarioId), queryFn: () => api<RevisionSummary[]>(`/api/scenarios/${scenarioId}/revisions`) });

/** Revisions never change once saved, so a comparison never goes stale. */
export const compareRevisionsQuery = (scenarioId: string, from: number, to: number) =>
  queryOptions({
    queryKey: queryKeys.scenarios.compare(scenarioId, from, to),
    queryFn: () => api<RevisionComparison>(`/api/scenarios/${scenarioId}/revisions/compare?from=${from}&to=${to}`),
    staleTime: Infinity,
  });

/** The library shows readiness at a glance, so scenario lists go stale too (refetched when next shown). */
async function readinessChanged(client: QueryClient, scenarioId: string) {
  await Promise.all([
    client.invalidateQueries({ queryKey: queryKeys.scenarios.readiness(scenarioId) }),
    client.invalidateQueries({ queryKey: queryKeys.scenarios.all, refetchType: "none" }),
  ]);
}

export const verifyReadinessMutation = (client: QueryClient, scenarioId: string) =>
  mutationOptions({
    mutationFn: (body: { item: ReadinessItemName; verified: boolean; note: string }) =>
      api<ReadinessCheckView>(`/api/scenarios/${scenarioId}/readiness`, { body }),
    onSuccess: () => readinessChanged(client, scenarioId),
  });

export const dryRunMutation = (client: QueryClient, scenarioId: string) =>
  mutationOptions({
    mutationFn: (body: { confirmEnvironment?: string }) => api<DryRunView>(`/api/scenarios/${scenarioId}/dry-runs`, { body }),
    onSettled: () => readinessChanged(client, scenarioId),
  });
