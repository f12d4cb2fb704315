"use client";

import type { ReactNode } from "react";
import type { Permission } from "@/lib/drill-model/permissions";
import { useCan } from "./use-can";

/** Shows its children only to those allowed to take the action they offer; usable from server components. */
export function Can({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = useCan();
  return can(permission) ? children : null;
}
