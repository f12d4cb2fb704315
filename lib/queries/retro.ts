import { mutationOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import { api, type ApiError } from "../api-client";
import type { EditRetroItemInput, MergeRetroItemsInput, RetroItemInput } from "../retro/schemas";
import type { RetroItemView, RetroView } from "../retro/view";
import { drillPath } from "./drills";
import { queryKeys } from "./keys";

/** Under the drill's own keys, so whatever refreshes the drills refreshes its retrospective too. */
export const retroKey = (drillId: string) => [...queryKeys.drills.all, "retro", drillId] as const;

/** The retrospective by audience, and the audiences the drill offers. */
export const retroQuery = (drillId: string) => queryOptions({ queryKey: retroKey(drillId), queryFn: () => api<RetroView>(drillPath(drillId, "retro")) });

/** A change to the retrospective: its `retro.changed` event arrives through the stream; the retrospective is refetched once it settles. */
function retroAction<Input, Result>(client: QueryClient, drillId: string, request: (input: Input) => { path: string[]; method?: string; body?: unknown }) {
  return mutationOptions<Result, ApiError, Input>({
    mutationFn: (input) => {
      const { path, method, body } = request(input);
      return api<Result>(drillPath(drillId, "retro", ...path), { method, body: body ?? {} });
    },
    onSettled: () => client.invalidateQueries({ queryKey: retroKey(drillId) }),
  });
}

export const addRetroItemMutation = (client: QueryClient, drillId: string) => retroAction<RetroItemInput, RetroItemView>(client, drillId, (body) => ({ path: [], body }));
export const editRetroItemMutation = (client: QueryClient, drillId: string) =>
  retroAction<EditRetroItemInput & { itemId: string }, RetroItemView>(client, drillId, ({ itemId, ...body }) => ({ path: [itemId], method: "PATCH", body }));
export const removeRetroItemMutation = (client: QueryClient, drillId: string) => retroAction<{ itemId: string }, { id: string }>(client, drillId, ({ itemId }) => ({ path: [itemId], method: "DELETE" }));
export const draftFromNotesMutation = (client: QueryClient, drillId: string) => retroAction<void, { drafted: number; items: RetroItemView[] }>(client, drillId, () => ({ path: ["drafts"] }));
export const mergeRetroItemsMutation = (client: QueryClient, drillId: string) => retroAction<MergeRetroItemsInput, RetroItemView>(client, drillId, (body) => ({ path: ["merges"], body }));
