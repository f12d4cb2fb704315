"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, type ApiError } from "@/lib/api-client";
import type { AbortResult } from "@/lib/drills/abort-drill";
import type { AbortDrillInput, RunRollbackInput, TriggerInjectionInput } from "@/lib/drills/injections/runs/schemas";
import { queryKeys } from "@/lib/queries/keys";
import type { TimelineEventView } from "@/lib/timeline/events";

/** Runs an injection or a rollback. It may take a while (a webhook with retries): the caller shows a spinner meanwhile. */
export function useStepRun(drillId: string, phase: "injection" | "rollback") {
  const queryClient = useQueryClient();
  return useMutation<TimelineEventView, ApiError, TriggerInjectionInput | RunRollbackInput>({
    mutationFn: (body) => api<TimelineEventView>(`/api/drills/${drillId}/${phase === "injection" ? "injections" : "rollbacks"}`, { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.drills.detail(drillId) }),
  });
}

export function useAbortDrill(drillId: string) {
  const queryClient = useQueryClient();
  return useMutation<AbortResult, ApiError, AbortDrillInput>({
    mutationFn: (body) => api<AbortResult>(`/api/drills/${drillId}/abort`, { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: queryKeys.drills.detail(drillId) }),
  });
}
