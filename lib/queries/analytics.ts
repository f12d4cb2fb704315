import { queryOptions } from "@tanstack/react-query";
import { api } from "../api-client";
import type { AnalyticsFilters } from "../analytics/filters";
import type { AnalyticsView } from "../analytics/get-analytics";
import type { ResponderAnalyticsView } from "../analytics/get-responders";

export type { AnalyticsFilters, AnalyticsView, ResponderAnalyticsView };

export const analyticsKeys = {
  all: ["analytics"] as const,
  view: (filters: AnalyticsFilters) => ["analytics", "view", filters] as const,
  responders: (filters: AnalyticsFilters) => ["analytics", "responders", filters] as const,
};

/** The filters as a query string, empty ones left out: the same string goes to the API and into the page's address. */
export function analyticsFiltersQuery(filters: AnalyticsFilters & Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) search.set(name, String(value));
  const qs = search.toString();
  return qs ? `?${qs}` : "";
}

export const analyticsQuery = (filters: AnalyticsFilters) =>
  queryOptions({ queryKey: analyticsKeys.view(filters), queryFn: () => api<AnalyticsView>(`/api/analytics${analyticsFiltersQuery(filters)}`) });

/** Per-person figures: a 403 (an observer, or the admin switch off) is an answer to show, not to retry. */
export const respondersQuery = (filters: AnalyticsFilters) =>
  queryOptions({ queryKey: analyticsKeys.responders(filters), queryFn: () => api<ResponderAnalyticsView>(`/api/analytics/responders${analyticsFiltersQuery(filters)}`), retry: false });
