import { queryOptions } from "@tanstack/react-query";
import { api } from "../api-client";
import type { ChatStatus } from "../chat/get-chat-status";
import { queryKeys } from "./keys";

/** Polled while something is on its way to the channel: the outbox has no timeline event of its own. */
export const chatStatusQuery = (drillId: string) =>
  queryOptions({
    queryKey: queryKeys.drills.chat(drillId),
    queryFn: () => api<ChatStatus>(`/api/drills/${drillId}/chat`),
    refetchInterval: (query) => (query.state.data?.outbox.pending ? 1500 : 10_000),
  });
