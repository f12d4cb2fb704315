"use client";

import type { UseQueryResult } from "@tanstack/react-query";
import type { ApiError } from "@/lib/api-client";
import { can } from "@/lib/drill-model/state-machine";
import type { DrillView } from "@/lib/drills/view";
import type { DebriefView } from "@/lib/review/debrief-view";
import type { TimelineEventView } from "@/lib/timeline/events";
import { Card } from "../ui/card";
import { ErrorBanner } from "../ui/field";
import { AfterTheFactForm } from "./after-the-fact-form";
import { ModelAnswerPanel } from "./model-answer-panel";
import { ObjectivesPanel } from "./objectives-panel";
import { ReportLinks } from "./report-links";
import { ReviewFacts } from "./review-facts";
import { ScorecardPanel } from "./scorecard-panel";

/** The debrief's main column: where it stands, the scorecard, the objectives and the model answer; editable only by those who run drills. */
export function DebriefMain({ drill, debrief, events, canRun }: { drill: DrillView; debrief: UseQueryResult<DebriefView, Error | ApiError>; events: TimelineEventView[]; canRun: boolean }) {
  const data = debrief.data;
  return (
    <div className="flex min-w-0 flex-col gap-3">
      <Card title="Debrief">
        <div className="flex flex-col gap-2">
          <ReviewFacts drill={drill} debrief={data} />
          <ReportLinks drillId={drill.id} />
        </div>
      </Card>
      {debrief.error && <ErrorBanner message={debrief.error.message} />}
      {!data && !debrief.error && <p className="text-sm text-zinc-500">Computing the scorecard…</p>}
      {data && (
        <>
          <ScorecardPanel scorecard={data.scorecard} />
          <ObjectivesPanel drillId={drill.id} objectives={data.scorecard.objectives} canRate={canRun && can(drill.status, "rate_objective")} />
          <ModelAnswerPanel drillId={drill.id} steps={data.modelAnswer} events={events} editable={canRun && can(drill.status, "link_answer")} />
        </>
      )}
      {canRun && can(drill.status, "record_after_the_fact") && <AfterTheFactForm drill={drill} events={events} />}
    </div>
  );
}
