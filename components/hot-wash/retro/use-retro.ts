"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { retroKey, retroQuery } from "@/lib/queries/retro";
import type { TimelineEventView } from "@/lib/timeline/events";

/** The retrospective, refetched whenever anyone changes it: every change is a `retro.changed` event on the live timeline. */
export function useRetro(drillId: string, events: readonly TimelineEventView[]) {
  const client = useQueryClient();
  const retro = useQuery(retroQuery(drillId));
  const lastChange = events.findLast((event) => event.kind === "retro.changed")?.id;
  const seen = useRef(lastChange);
  useEffect(() => {
    if (lastChange === seen.current) return;
    seen.current = lastChange;
    void client.invalidateQueries({ queryKey: retroKey(drillId) });
  }, [client, drillId, lastChange]);
  return retro;
}
