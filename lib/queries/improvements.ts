import { mutationOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import { api, type ApiError } from "../api-client";
import type { ActionItemDetail } from "../improvements/get-item";
import type { ActionItemList } from "../improvements/list-items";
import type { CreateItemInput, ListFilters, UpdateItemInput } from "../improvements/schemas";
import type { ActionItemView } from "../improvements/view";
import { reportKeys } from "./reports";

export type { ActionItemDetail, ActionItemList, ActionItemView, CreateItemInput, ListFilters, UpdateItemInput };

export const improvementKeys = {
  all: ["improvements"] as const,
  list: (filters: ListFilters) => ["improvements", "list", filters] as const,
  detail: (id: string) => ["improvements", "detail", id] as const,
};

const itemPath = (id: string, ...rest: string[]) => ["/api/improvements", encodeURIComponent(id), ...rest].join("/");

/** The filters as a query string, empty ones left out. */
export function filtersQuery(filters: ListFilters): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value) search.set(name, String(value));
  const qs = search.toString();
  return qs ? `?${qs}` : "";
}

export const improvementListQuery = (filters: ListFilters) =>
  queryOptions({ queryKey: improvementKeys.list(filters), queryFn: () => api<ActionItemList>(`/api/improvements${filtersQuery(filters)}`) });

/** Every list (any filters), and the report that shows the item's plan (a draft report reads the plan as it stands). */
async function refreshItems(client: QueryClient, item: ActionItemView) {
  await Promise.all([
    client.invalidateQueries({ queryKey: improvementKeys.all }),
    item.drill ? client.invalidateQueries({ queryKey: reportKeys.drill({ kind: "drill", drillId: item.drill.id }) }) : null,
    item.exercise ? client.invalidateQueries({ queryKey: reportKeys.exercise(item.exercise.id) }) : null,
  ]);
}

export const createActionItemMutation = (client: QueryClient) =>
  mutationOptions<ActionItemView, ApiError, CreateItemInput>({
    mutationFn: (fields) => api<ActionItemView>("/api/improvements", { body: fields }),
    onSuccess: (item) => refreshItems(client, item),
  });

export const updateActionItemMutation = (client: QueryClient) =>
  mutationOptions<ActionItemView, ApiError, UpdateItemInput & { id: string }>({
    mutationFn: ({ id, ...fields }) => api<ActionItemView>(itemPath(id), { method: "PATCH", body: fields }),
    onSuccess: (item) => refreshItems(client, item),
  });

export const confirmVerificationMutation = (client: QueryClient) =>
  mutationOptions<ActionItemView, ApiError, { id: string }>({
    mutationFn: ({ id }) => api<ActionItemView>(itemPath(id, "verification"), { method: "POST", body: {} }),
    onSuccess: (item) => refreshItems(client, item),
  });

export const dismissProposalMutation = (client: QueryClient) =>
  mutationOptions<ActionItemView, ApiError, { id: string; reason: string }>({
    mutationFn: ({ id, reason }) => api<ActionItemView>(itemPath(id, "verification"), { method: "DELETE", body: { reason } }),
    onSuccess: (item) => refreshItems(client, item),
  });
