"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { drillQuery, drillTimelineSource } from "@/lib/queries/drills";
import { queryKeys } from "@/lib/queries/keys";
import { useLiveTimeline } from "../timeline/use-live-timeline";

const STATE_CHANGING = /^(drill|injection|rollback|alert|hint|milestone|script|team|roster)\./;

/** The drill and its live timeline; events that change the drill's state refresh it (also when another facilitator acted). */
export function useLiveDrill(drillId: string) {
  const queryClient = useQueryClient();
  const drill = useQuery(drillQuery(drillId));
  const timeline = useLiveTimeline(drillTimelineSource(drillId), (event) => {
    if (!STATE_CHANGING.test(event.kind)) return;
    void queryClient.invalidateQueries({ queryKey: queryKeys.drills.detail(drillId) });
    void queryClient.invalidateQueries({ queryKey: queryKeys.drills.chat(drillId) });
  });
  return { drill, timeline };
}
