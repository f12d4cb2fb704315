import { mutationOptions, queryOptions, type QueryClient, type QueryKey, type UseQueryOptions } from "@tanstack/react-query";
import type { z } from "zod";
import { api, type ApiError } from "../api-client";
import type { ChannelView } from "../channel/get-channel";
import type { AbortResult } from "../drills/abort-drill";
import type { abortDrillSchema, runRollbackSchema, triggerInjectionSchema } from "../drills/injections/runs/schemas";
import type { addNoteSchema, correctMilestoneSchema, CreateDrillRequest, endDrillSchema, fireAlertSchema, recordMilestoneSchema, releaseHintSchema } from "../drills/schemas";
import type { SCRIPT_ACTIONS } from "../drills/script/schemas";
import type { Milestone } from "../drill-model/milestone-names";
import type { DrillSummary, DrillView } from "../drills/view";
import type { TimelineEventView } from "../timeline/events";
import { queryKeys } from "./keys";

/** Every URL under a drill, built here only: `drillPath(id, "milestones", name, "corrections")`. */
export const drillPath = (drillId: string, ...segments: string[]) => `/api/drills/${[drillId, ...segments].map(encodeURIComponent).join("/")}`;

export const drillListQuery = () => queryOptions({ queryKey: queryKeys.drills.list(), queryFn: () => api<DrillSummary[]>("/api/drills") });

export const drillQuery = (id: string) => queryOptions({ queryKey: queryKeys.drills.detail(id), queryFn: () => api<DrillView>(drillPath(id)) });

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
  url: drillPath(id, "timeline"),
  streamUrl: drillPath(id, "stream"),
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
    mutationFn: (drillId: string) => api<{ id: string; title: string }>(drillPath(drillId), { method: "DELETE" }),
    // The deleted drill's own queries are left alone: its open page navigates away rather than refetch a 404.
    onSuccess: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.drills.list() }),
        client.invalidateQueries({ queryKey: queryKeys.scenarios.all, refetchType: "none" }),
      ]);
    },
  });

/** A control-room action: the timeline updates through the stream; the drill's state is refetched once it settles. */
function drillAction<Input, Result = TimelineEventView>(client: QueryClient, drillId: string, path: string[], body: (input: Input) => unknown = (input) => input ?? {}) {
  return mutationOptions<Result, ApiError, Input>({
    mutationFn: (input) => api<Result>(drillPath(drillId, ...path), { body: body(input) }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.drills.detail(drillId) }),
  });
}

export const startDrillMutation = (client: QueryClient, drillId: string) => drillAction<void>(client, drillId, ["start"]);
export const pauseDrillMutation = (client: QueryClient, drillId: string) => drillAction<void>(client, drillId, ["pause"]);
export const resumeDrillMutation = (client: QueryClient, drillId: string) => drillAction<void>(client, drillId, ["resume"]);
export const endDrillMutation = (client: QueryClient, drillId: string) => drillAction<z.input<typeof endDrillSchema>>(client, drillId, ["end"]);
/** Abort: every outstanding rollback runs, then the drill ends (it may take a while). */
export const abortDrillMutation = (client: QueryClient, drillId: string) => drillAction<z.input<typeof abortDrillSchema>, AbortResult>(client, drillId, ["abort"]);

export const fireAlertMutation = (client: QueryClient, drillId: string) => drillAction<z.input<typeof fireAlertSchema>>(client, drillId, ["alerts"]);
export const releaseHintMutation = (client: QueryClient, drillId: string) => drillAction<z.input<typeof releaseHintSchema>>(client, drillId, ["hints"]);
export const recordMilestoneMutation = (client: QueryClient, drillId: string) => drillAction<z.input<typeof recordMilestoneSchema>>(client, drillId, ["milestones"]);
export const correctMilestoneMutation = (client: QueryClient, drillId: string, milestone: Milestone) =>
  drillAction<z.input<typeof correctMilestoneSchema>>(client, drillId, ["milestones", milestone, "corrections"]);
export const addNoteMutation = (client: QueryClient, drillId: string) => drillAction<z.input<typeof addNoteSchema>>(client, drillId, ["notes"]);

/** Runs an injection or a rollback. It may take a while (a webhook with retries): the caller shows a spinner meanwhile. */
export const triggerInjectionMutation = (client: QueryClient, drillId: string) => drillAction<z.input<typeof triggerInjectionSchema>>(client, drillId, ["injections"]);
export const runRollbackMutation = (client: QueryClient, drillId: string) => drillAction<z.input<typeof runRollbackSchema>>(client, drillId, ["rollbacks"]);

/** Runs the given steps' webhook rollbacks one after the other, in the order given, stopping at the first refusal. */
export const rollBackAllMutation = (client: QueryClient, drillId: string) =>
  mutationOptions<void, ApiError, { stepIds: string[]; confirmEnvironment?: string }>({
    mutationFn: async ({ stepIds, confirmEnvironment }) => {
      for (const stepId of stepIds) await api(drillPath(drillId, "rollbacks"), { body: { stepId, note: "rolled back before ending the drill", confirmEnvironment } });
    },
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.drills.detail(drillId) }),
  });

export interface ScriptItemAction {
  itemId: string;
  action: (typeof SCRIPT_ACTIONS)[number];
  /** Delay only. */
  minutes?: number;
}

/** Fire, skip or delay one scheduled script item. */
export const scriptItemMutation = (client: QueryClient, drillId: string) =>
  mutationOptions<TimelineEventView, ApiError, ScriptItemAction>({
    mutationFn: ({ itemId, action, minutes }) => api<TimelineEventView>(drillPath(drillId, "script", itemId, action), { body: minutes === undefined ? {} : { minutes } }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.drills.detail(drillId) }),
  });
