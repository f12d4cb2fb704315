"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { can, type DrillStatus } from "@/lib/drill-model/state-machine";
import { starMomentMutation } from "@/lib/queries/review";
import type { TimelineEventView } from "@/lib/timeline/events";
import { starredSeqs } from "./key-moments";

/** A timeline row's star: a key moment of the report, or not. */
export function StarButton({ drillId, seq, starred }: { drillId: string; seq: number; starred: boolean }) {
  const star = useMutation(starMomentMutation(useQueryClient(), drillId));
  return (
    <button
      type="button"
      aria-pressed={starred}
      aria-label={`${starred ? "Unstar" : "Star"} event #${seq} as a key moment`}
      title={star.error?.message ?? (starred ? "Key moment: unstar" : "Star as a key moment for the report")}
      disabled={star.isPending}
      onClick={() => star.mutate({ seq, starred: !starred })}
      className={`rounded px-1 text-sm leading-none focus-visible:outline-2 focus-visible:outline-sky-400 ${star.error ? "text-rose-400" : starred ? "text-amber-300 hover:text-amber-200" : "text-zinc-600 hover:text-amber-200"}`}
    >
      {starred ? "★" : "☆"}
    </button>
  );
}

/**
 * The timeline's action slot for curating key moments, or undefined when this person may not star in this
 * status. A row shows its star filled once starred, for everyone who sees the timeline.
 */
export function useStarAction(drillId: string, status: DrillStatus, mayCurate: boolean, events: readonly TimelineEventView[]) {
  const starred = useMemo(() => new Set(starredSeqs(events)), [events]);
  const render = useCallback((event: TimelineEventView) => <StarButton drillId={drillId} seq={event.id} starred={starred.has(event.id)} />, [drillId, starred]);
  return mayCurate && can(status, "star_moment") ? render : undefined;
}
