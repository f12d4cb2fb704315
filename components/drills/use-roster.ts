"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { queryKeys } from "@/lib/queries/keys";
import { rosterQuery } from "@/lib/queries/roster";
import { changes, type TimelineEventView } from "@/lib/timeline/events";

/** The roster, refreshed whenever the timeline says someone was invited, joined the channel or a team escalated (also by another facilitator). */
export function useRoster(drillId: string, events: TimelineEventView[]) {
  const queryClient = useQueryClient();
  const roster = useQuery(rosterQuery(drillId));
  const latest = events.findLast((event) => changes(event.kind, "roster"))?.id ?? 0;
  useEffect(() => {
    if (latest) void queryClient.invalidateQueries({ queryKey: queryKeys.drills.roster(drillId) });
  }, [latest, drillId, queryClient]);
  return roster;
}
