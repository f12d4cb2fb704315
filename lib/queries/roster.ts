import { queryOptions } from "@tanstack/react-query";
import { api } from "../api-client";
import type { RosterView } from "../drills/roster/view";
import { queryKeys } from "./keys";

export const rosterQuery = (drillId: string) =>
  queryOptions({ queryKey: queryKeys.drills.roster(drillId), queryFn: () => api<RosterView>(`/api/drills/${drillId}/roster`) });
