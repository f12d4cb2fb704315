import { infiniteQueryOptions, mutationOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import { api } from "../api-client";
import type { AuditPage } from "../audit/list-audit";
import type { StaffRole } from "../drill-model/permissions";
import type { UserView } from "../users/schemas";
import { queryKeys } from "./keys";

export const usersQuery = () => queryOptions({ queryKey: queryKeys.admin.users(), queryFn: () => api<UserView[]>("/api/users") });

export interface NewUser {
  name: string;
  email: string;
  role: StaffRole;
  password: string;
}

export const createUserMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: (user: NewUser) => api<UserView>("/api/users", { body: user }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.admin.users() }),
  });

export interface UserChange {
  role?: StaffRole;
  disabled?: boolean;
}

export const updateUserMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: ({ id, change }: { id: string; change: UserChange }) => api<UserView>(`/api/users/${id}`, { method: "PATCH", body: change }),
    onSuccess: (updated) => client.setQueryData<UserView[]>(queryKeys.admin.users(), (users) => users?.map((user) => (user.id === updated.id ? updated : user))),
  });

export interface AuditFilters {
  /** An action family such as "token.", or "" for all. */
  action: string;
  actor: string;
}

const AUDIT_PAGE_SIZE = 50;

export const auditQuery = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: queryKeys.admin.audit(filters),
    queryFn: ({ pageParam }) => {
      const search = new URLSearchParams({ limit: String(AUDIT_PAGE_SIZE) });
      if (filters.action) search.set("action", filters.action);
      if (filters.actor) search.set("actor", filters.actor);
      if (pageParam) search.set("before", pageParam);
      return api<AuditPage>(`/api/audit?${search}`);
    },
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.next,
  });
