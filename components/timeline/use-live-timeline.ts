"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { timelineQuery, type TimelineSource } from "@/lib/queries/drills";
import type { TimelineEventView } from "@/lib/timeline/events";

export type StreamState = "connecting" | "live" | "reconnecting";

/**
 * Loads a timeline once, then appends what the server streams. The browser's EventSource
 * reconnects by itself and sends Last-Event-ID, so the server resumes with no gap; appending only
 * ids above the last one held makes a replayed event harmless.
 */
export function useLiveTimeline(source: TimelineSource, onEvent?: (event: TimelineEventView) => void) {
  const queryClient = useQueryClient();
  const query = useQuery(timelineQuery(source));
  const [state, setState] = useState<StreamState>("connecting");
  const onEventRef = useRef(onEvent);
  onEventRef.current = onEvent;
  const loaded = query.isSuccess;
  const { streamUrl, queryKey } = source;

  useEffect(() => {
    if (!loaded) return;
    const held = queryClient.getQueryData<TimelineEventView[]>(queryKey) ?? [];
    const stream = new EventSource(`${streamUrl}?after=${held.at(-1)?.id ?? 0}`);
    stream.onopen = () => setState("live");
    stream.onerror = () => setState("reconnecting");
    stream.addEventListener("timeline", (message) => {
      const event = JSON.parse((message as MessageEvent<string>).data) as TimelineEventView;
      let added = false;
      queryClient.setQueryData<TimelineEventView[]>(queryKey, (current = []) => {
        if ((current.at(-1)?.id ?? 0) >= event.id) return current;
        added = true;
        return [...current, event];
      });
      if (added) onEventRef.current?.(event);
    });
    return () => stream.close();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- queryKey is a new array each render but comes from the same id as streamUrl: listing it would reopen the stream every render
  }, [loaded, streamUrl, queryClient]);

  return { events: query.data ?? [], isLoading: query.isLoading, error: query.error, state };
}
