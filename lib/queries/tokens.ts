import { mutationOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import type { ApiTokenView } from "../api-tokens/schemas";
import { api } from "../api-client";
import type { TokenScope } from "../drill-model/permissions";
import { queryKeys } from "./keys";

export const tokensQuery = () => queryOptions({ queryKey: queryKeys.tokens(), queryFn: () => api<ApiTokenView[]>("/api/tokens") });

export interface NewToken {
  name: string;
  scopes: TokenScope[];
  /** Omitted: until revoked. */
  expiresInDays?: number;
}

/** The view plus the secret, which the server answers only this once. */
export type CreatedToken = ApiTokenView & { token: string };

export const createTokenMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: (token: NewToken) => api<CreatedToken>("/api/tokens", { body: token }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.tokens() }),
  });

export const revokeTokenMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: (id: string) => api<ApiTokenView>(`/api/tokens/${id}`, { method: "DELETE" }),
    onSuccess: (revoked) => client.setQueryData<ApiTokenView[]>(queryKeys.tokens(), (tokens) => tokens?.map((token) => (token.id === revoked.id ? revoked : token))),
  });
