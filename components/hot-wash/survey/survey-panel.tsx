"use client";

import { can } from "@/lib/drill-model/state-machine";
import { staffSurveyTarget } from "@/lib/queries/survey";
import { SurveySection } from "../../survey/survey-section";
import { Card } from "../../ui/card";
import type { HotWashProps } from "../hot-wash";
import { SurveyResultsView } from "./survey-results";

/** The hot-wash survey in the debrief: your own answer (staff answer too), and everyone's results as they come in. */
export function SurveyPanel({ drill }: HotWashProps) {
  const open = can(drill.status, "answer_survey");
  return (
    <Card title="Survey">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="survey-mine-heading" className="flex flex-col gap-2">
          <h3 id="survey-mine-heading" className="text-xs font-semibold tracking-wide text-zinc-400 uppercase">
            Your answer
          </h3>
          <SurveySection target={staffSurveyTarget(drill.id)} />
        </section>
        <section aria-labelledby="survey-results-heading" className="flex flex-col gap-2">
          <h3 id="survey-results-heading" className="text-xs font-semibold tracking-wide text-zinc-400 uppercase">
            Results
          </h3>
          <SurveyResultsView drillId={drill.id} open={open} />
        </section>
      </div>
    </Card>
  );
}
