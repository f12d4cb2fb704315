"use client";

import { useQuery, useQueryClient, type QueryKey } from "@tanstack/react-query";
import type { DrillSource } from "@/lib/queries/drills";
import { changes } from "@/lib/timeline/events";
import { useLiveTimeline } from "../timeline/use-live-timeline";

/** The drill and its live timeline; events that change the drill's state refresh it (also when another facilitator acted). */
export function useLiveDrill<K extends QueryKey>(source: DrillSource<K>) {
  const queryClient = useQueryClient();
  const drill = useQuery(source.drill);
  const timeline = useLiveTimeline(source.timeline, (event) => {
    if (!changes(event.kind, "drill")) return;
    for (const queryKey of source.refresh) void queryClient.invalidateQueries({ queryKey });
  });
  return { drill, timeline };
}
