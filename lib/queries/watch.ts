import { queryOptions } from "@tanstack/react-query";
import { api, ApiError } from "../api-client";
import type { DrillView } from "../drills/view";
import type { DrillSource, TimelineSource } from "./drills";
import { queryKeys } from "./keys";

/**
 * A share link's drill. Polled because the stream only notices a revoked or expired link at its next
 * reconnect; a 404 is final (unknown, revoked or expired all look the same), so it is neither retried nor polled.
 */
export const watchDrillQuery = (token: string) =>
  queryOptions({
    queryKey: queryKeys.watch.detail(token),
    queryFn: () => api<DrillView>(`/api/watch/${token}`),
    retry: (failures, error) => !(error instanceof ApiError && error.status === 404) && failures < 1,
    refetchInterval: (query) => (query.state.error instanceof ApiError && query.state.error.status === 404 ? false : 30_000),
  });

export const watchTimelineSource = (token: string): TimelineSource => ({
  queryKey: queryKeys.watch.timeline(token),
  url: `/api/watch/${token}/timeline`,
  streamUrl: `/api/watch/${token}/stream`,
});

export const watchDrillSource = (token: string) =>
  ({
    drill: watchDrillQuery(token),
    timeline: watchTimelineSource(token),
    refresh: [queryKeys.watch.detail(token)],
  }) satisfies DrillSource<ReturnType<typeof queryKeys.watch.detail>>;
