import { mutationOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import { api, type ApiError } from "../api-client";
import type { ChatStatus } from "../drills/get-chat-status";
import type { chooseChatSchema } from "../drills/schemas";
import { drillPath } from "./drills";
import { queryKeys } from "./keys";

/** Polled while something is on its way to the channel: the outbox has no timeline event of its own. */
export const chatStatusQuery = (drillId: string) =>
  queryOptions({
    queryKey: queryKeys.drills.chat(drillId),
    queryFn: () => api<ChatStatus>(drillPath(drillId, "chat")),
    refetchInterval: (query) => (query.state.data?.outbox.pending ? 1500 : 10_000),
  });

type ChatProvider = z.input<typeof chooseChatSchema>["chatProvider"];

/** Before the start: where participants respond. The choice changes the chat status, the drill and the roster's invitations. */
export const chooseChatMutation = (client: QueryClient, drillId: string) =>
  mutationOptions<unknown, ApiError, ChatProvider>({
    mutationFn: (chatProvider) => api(drillPath(drillId, "chat"), { method: "PUT", body: { chatProvider } }),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.drills.chat(drillId) }),
        client.invalidateQueries({ queryKey: queryKeys.drills.detail(drillId) }),
        client.invalidateQueries({ queryKey: queryKeys.drills.roster(drillId) }),
      ]),
  });
