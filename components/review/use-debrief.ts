"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { debriefKey, debriefQuery } from "@/lib/queries/review";

/**
 * The debrief, refreshed whenever the timeline grows: besides the review's own events (which change the drill),
 * a note or a late channel message changes what the scorecard and the notes list say.
 */
export function useDebrief(drillId: string, lastSeq: number | undefined) {
  const client = useQueryClient();
  const debrief = useQuery(debriefQuery(drillId));
  const seen = useRef(lastSeq);
  useEffect(() => {
    if (lastSeq === seen.current) return;
    seen.current = lastSeq;
    void client.invalidateQueries({ queryKey: debriefKey(drillId) });
  }, [client, drillId, lastSeq]);
  return debrief;
}
