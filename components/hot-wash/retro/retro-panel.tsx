"use client";

import type { HotWashProps } from "../hot-wash";

/** Placeholder until the retro panel lands (being written now). */
export function RetroPanel(_props: HotWashProps) {
  return null;
}
