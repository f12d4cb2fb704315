"use client";

import type { DrillView } from "@/lib/drills/view";
import type { TimelineEventView } from "@/lib/timeline/events";
import { PlanPanel } from "./plan/plan-panel";
import { RetroPanel } from "./retro/retro-panel";
import { SurveyPanel } from "./survey/survey-panel";

export interface HotWashProps {
  drill: DrillView;
  events: TimelineEventView[];
  /** Facilitators: the plan's action items, confirming verifications. */
  canRun: boolean;
  /** Facilitators and observers: the retrospective. */
  mayCurate: boolean;
}

/** After the drill, below the debrief: the survey, the retrospective by audience, and the improvement plan. */
export function HotWash(props: HotWashProps) {
  return (
    <section aria-labelledby="hot-wash-heading" className="flex flex-col gap-3">
      <h2 id="hot-wash-heading" className="text-sm font-semibold uppercase tracking-wide text-zinc-400">
        Hot wash
      </h2>
      <SurveyPanel {...props} />
      <RetroPanel {...props} />
      <PlanPanel {...props} />
    </section>
  );
}
