import { mutationOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import { api, type ApiError } from "../api-client";
import type { RosterPersonInput } from "../drills/roster/schemas";
import type { RosterView } from "../drills/roster/view";
import { drillPath } from "./drills";
import { queryKeys } from "./keys";

export const rosterQuery = (drillId: string) =>
  queryOptions({ queryKey: queryKeys.drills.roster(drillId), queryFn: () => api<RosterView>(drillPath(drillId, "roster")) });

/** A person as the roster form holds them: every field a string, checked by the server. */
export type PersonDraft = { [K in keyof RosterPersonInput]-?: string };

/** A roster change shows in the roster and in the drill (its teams and people). */
function rosterMutation<Body>(client: QueryClient, drillId: string, request: (body: Body) => Promise<unknown>) {
  return mutationOptions<unknown, ApiError, Body>({
    mutationFn: request,
    onSettled: () => Promise.all([client.invalidateQueries({ queryKey: queryKeys.drills.roster(drillId) }), client.invalidateQueries({ queryKey: queryKeys.drills.detail(drillId) })]),
  });
}

export const setRosterMutation = (client: QueryClient, drillId: string) =>
  rosterMutation<PersonDraft[]>(client, drillId, (people) => api<RosterView>(drillPath(drillId, "roster"), { method: "PUT", body: { people } }));

export const addToRosterMutation = (client: QueryClient, drillId: string) =>
  rosterMutation<PersonDraft[]>(client, drillId, (people) => api<RosterView>(drillPath(drillId, "roster"), { body: { people } }));

export const escalateMutation = (client: QueryClient, drillId: string) => rosterMutation<string>(client, drillId, (team) => api(drillPath(drillId, "escalations"), { body: { team } }));
