import { queryOptions } from "@tanstack/react-query";
import { api, ApiError } from "../api-client";
import type { ReplayView } from "../review/replay/types";
import { queryKeys } from "./keys";

/** Where a replay is read from: staff by the drill's id, a share link's holder by its token. */
export type ReplaySource = { kind: "drill"; drillId: string } | { kind: "watch"; token: string };

export function replayUrl(source: ReplaySource): string {
  return source.kind === "drill" ? `/api/drills/${encodeURIComponent(source.drillId)}/replay` : `/api/watch/${encodeURIComponent(source.token)}/replay`;
}

/** The player's page, for links from the debrief, the report and the watch page. */
export function replayPage(source: ReplaySource, t?: number): string {
  const base = source.kind === "drill" ? `/drills/${encodeURIComponent(source.drillId)}/replay` : `/watch/${encodeURIComponent(source.token)}/replay`;
  return t === undefined ? base : `${base}?t=${Math.max(0, Math.floor(t / 1000))}`;
}

// A missing drill, one not ended yet (409) or an expired link will not change on a retry.
const noRetryOnRefusal = (failures: number, error: Error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && failures < 1;

/** Not refetched on focus: a new copy of a 10,000-event timeline would rebuild the player under the viewer's hands. */
export const replayQuery = (source: ReplaySource) =>
  queryOptions({
    queryKey: source.kind === "drill" ? queryKeys.replay.drill(source.drillId) : queryKeys.replay.watch(source.token),
    queryFn: () => api<ReplayView>(replayUrl(source)),
    retry: noRetryOnRefusal,
    staleTime: 60_000,
    refetchOnWindowFocus: false,
  });
