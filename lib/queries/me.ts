import { mutationOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import { api } from "../api-client";
import type { Me } from "../users/get-me";
import type { UserView } from "../users/schemas";
import { queryKeys } from "./keys";

/** Who the browser is signed in as; the UI hides what they cannot do (the verbs refuse it anyway). */
export const meQuery = () => queryOptions({ queryKey: queryKeys.me(), queryFn: () => api<Me>("/api/me"), staleTime: 60_000 });

export interface FirstAdmin {
  name: string;
  email: string;
  password: string;
}

export const createFirstAdminMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: (admin: FirstAdmin) => api<UserView>("/api/setup", { body: admin }),
    onSuccess: () => client.setQueryData(queryKeys.setup(), { needsFirstAdmin: false }),
  });
