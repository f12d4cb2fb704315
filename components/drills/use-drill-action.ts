"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type ApiError } from "@/lib/api-client";
import { queryKeys } from "@/lib/queries/keys";
import type { TimelineEventView } from "@/lib/timeline/events";

export type DrillActionPath = "start" | "end" | "pause" | "resume" | "injections" | "alerts" | "hints" | "milestones" | "notes";

/** One control-room action. The timeline updates through the stream; the drill's state is refetched. */
export function useDrillAction(drillId: string, path: DrillActionPath) {
  const queryClient = useQueryClient();
  return useMutation<TimelineEventView, ApiError, Record<string, unknown> | void>({
    mutationFn: (body) => api<TimelineEventView>(`/api/drills/${drillId}/${path}`, { body: body ?? {} }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.drills.detail(drillId) }),
  });
}
