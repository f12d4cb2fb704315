import { mutationOptions, queryOptions, type QueryClient } from "@tanstack/react-query";
import { api } from "../api-client";
import type { SettingsView } from "../settings/schemas";
import { analyticsKeys } from "./analytics";

export type { SettingsView };

export const settingsKeys = { detail: () => ["admin", "settings"] as const };

export const settingsQuery = () => queryOptions({ queryKey: settingsKeys.detail(), queryFn: () => api<SettingsView>("/api/admin/settings") });

export const updateSettingsMutation = (client: QueryClient) =>
  mutationOptions({
    mutationFn: (change: Partial<Pick<SettingsView, "responderAnalytics">>) => api<SettingsView>("/api/admin/settings", { method: "PUT", body: change }),
    onSuccess: (settings) => {
      client.setQueryData(settingsKeys.detail(), settings);
      // Per-person figures appear or go at once on an open analytics page.
      return client.invalidateQueries({ queryKey: analyticsKeys.all });
    },
  });
