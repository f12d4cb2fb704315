"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { api, type ApiError } from "@/lib/api-client";
import { queryKeys } from "@/lib/queries/keys";
import { rosterQuery } from "@/lib/queries/roster";
import type { RosterPersonInput } from "@/lib/drills/roster/schemas";
import type { RosterView } from "@/lib/drills/roster/view";
import type { TimelineEventView } from "@/lib/timeline/events";

const ROSTER_KINDS = new Set(["roster.invited", "team.escalated", "participant.joined"]);

/** The roster, refreshed whenever the timeline says someone was invited, joined the channel or a team escalated (also by another facilitator). */
export function useRoster(drillId: string, events: TimelineEventView[]) {
  const queryClient = useQueryClient();
  const roster = useQuery(rosterQuery(drillId));
  const latest = events.findLast((event) => ROSTER_KINDS.has(event.kind))?.id ?? 0;
  useEffect(() => {
    if (latest) void queryClient.invalidateQueries({ queryKey: queryKeys.drills.roster(drillId) });
  }, [latest, drillId, queryClient]);
  return roster;
}

function useRosterMutation<Body>(drillId: string, request: (body: Body) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation<unknown, ApiError, Body>({
    mutationFn: request,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.drills.roster(drillId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.drills.detail(drillId) }),
      ]),
  });
}

export type PersonDraft = { [K in keyof RosterPersonInput]-?: string };

export const useSetRoster = (drillId: string) =>
  useRosterMutation<PersonDraft[]>(drillId, (people) => api<RosterView>(`/api/drills/${drillId}/roster`, { method: "PUT", body: { people } }));

export const useAddToRoster = (drillId: string) =>
  useRosterMutation<PersonDraft[]>(drillId, (people) => api<RosterView>(`/api/drills/${drillId}/roster`, { body: { people } }));

export const useEscalate = (drillId: string) => useRosterMutation<string>(drillId, (team) => api(`/api/drills/${drillId}/escalations`, { body: { team } }));
