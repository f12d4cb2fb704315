import { mutationOptions, queryOptions, type QueryClient, type QueryKey, type UseQueryOptions } from "@tanstack/react-query";
import { api } from "../api-client";
import type { ChannelView } from "../channel/get-channel";
import type { CreateDrillRequest } from "../drills/schemas";
import type { DrillSummary, DrillView } from "../drills/view";
import type { TimelineEventView } from "../timeline/events";
import { queryKeys } from "./keys";

export const drillListQuery = () => queryOptions({ queryKey: queryKeys.drills.list(), queryFn: () => api<DrillSummary[]>("/api/drills") });

export const drillQuery = (id: string) => queryOptions({ queryKey: queryKeys.drills.detail(id), queryFn: () => api<DrillView>(`/api/drills/${id}`) });

export const channelQuery = (token: string) =>
  queryOptions({ queryKey: queryKeys.channel.detail(token), queryFn: () => api<ChannelView>(`/api/channel/${token}`) });

/** Where a live timeline loads from and streams from, for staff and for participants. */
export interface TimelineSource {
  queryKey: readonly unknown[];
  url: string;
  streamUrl: string;
}

export const drillTimelineSource = (id: string): TimelineSource => ({
  queryKey: queryKeys.drills.timeline(id),
  url: `/api/drills/${id}/timeline`,
  streamUrl: `/api/drills/${id}/stream`,
});

export const channelTimelineSource = (token: string): TimelineSource => ({
  queryKey: queryKeys.channel.timeline(token),
  url: `/api/channel/${token}/timeline`,
  streamUrl: `/api/channel/${token}/stream`,
});

/** A drill and its live timeline, and what to refresh when an event changes the drill's state: staff by id, a share link's holder by its token. */
export interface DrillSource<K extends QueryKey = QueryKey> {
  drill: UseQueryOptions<DrillView, Error, DrillView, K>;
  timeline: TimelineSource;
  refresh: (readonly unknown[])[];
}

export const staffDrillSource = (id: string) =>
  ({
    drill: drillQuery(id),
    timeline: drillTimelineSource(id),
    refresh: [queryKeys.drills.detail(id), queryKeys.drills.chat(id)],
  }) satisfies DrillSource<ReturnType<typeof queryKeys.drills.detail>>;

export const timelineQuery = (source: TimelineSource) =>
  queryOptions({ queryKey: source.queryKey, queryFn: () => api<TimelineEventView[]>(source.url), staleTime: Infinity });

/** Creating a drill from a scenario: the library's main action. */
export const runDrillMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: (input: CreateDrillRequest) => api<{ id: string }>("/api/drills", { body: input }),
    onSuccess: async () => {
      // Drill counts in the library change too.
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.drills.all }),
        client.invalidateQueries({ queryKey: queryKeys.scenarios.all, refetchType: "none" }),
      ]);
    },
  });

export const deleteDrillMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: (drillId: string) => api<{ id: string; title: string }>(`/api/drills/${drillId}`, { method: "DELETE" }),
    // The deleted drill's own queries are left alone: its open page navigates away rather than refetch a 404.
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.drills.list() }),
        client.invalidateQueries({ queryKey: queryKeys.scenarios.all, refetchType: "none" }),
      ]);
    },
  });
