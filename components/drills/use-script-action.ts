"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type ApiError } from "@/lib/api-client";
import { queryKeys } from "@/lib/queries/keys";
import type { TimelineEventView } from "@/lib/timeline/events";

type ScriptAction = { itemId: string; action: "fire" | "skip" | "delay"; minutes?: number };

/** Fire, skip or delay one scheduled script item. */
export function useScriptAction(drillId: string) {
  const queryClient = useQueryClient();
  return useMutation<TimelineEventView, ApiError, ScriptAction>({
    mutationFn: ({ itemId, action, minutes }) => api(`/api/drills/${drillId}/script/${itemId}/${action}`, { body: minutes === undefined ? {} : { minutes } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.drills.detail(drillId) }),
  });
}
