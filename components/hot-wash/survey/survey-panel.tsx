"use client";

import type { HotWashProps } from "../hot-wash";

/** Placeholder until the survey panel lands (being written now). */
export function SurveyPanel(_props: HotWashProps) {
  return null;
}
