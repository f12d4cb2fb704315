"use client";

import type { HotWashProps } from "../hot-wash";

/** Placeholder until the plan panel lands (being written now). */
export function PlanPanel(_props: HotWashProps) {
  return null;
}
