"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback } from "react";
import type { Permission } from "@/lib/drill-model/permissions";
import { meQuery } from "@/lib/queries/me";

/** `can("drill.run")`: false until /api/me has answered, so an action appears only once it is known to be allowed. */
export function useCan(): (permission: Permission) => boolean {
  const { data } = useQuery(meQuery());
  const permissions = data?.permissions;
  return useCallback((permission: Permission) => permissions?.includes(permission) ?? false, [permissions]);
}
